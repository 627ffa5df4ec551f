using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// A full build compiles the theme while it reads the journal: a broken theme is still refused before anything
/// is written, and the theme's folders (meeting types, assets) are used without waiting for its templates.
/// </summary>
public sealed class ThemeLoadingTests
{
    private static TempJournal JournalWithOneNote(bool withTheme) =>
        new TempJournal(withTheme)
            .Person("alice", "name: Alice")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: Kick-off", "## Notes\n\nWe met.\n");

    [Fact]
    public async Task A_partial_on_an_indented_line_still_encodes_the_values_it_writes()
    {
        // Handlebars.Net wrote an indented partial's values unencoded (issue #14); the Scriban theme encodes every value
        // whatever the layout looks like, and a partial's output (Html) is not encoded a second time
        using var journal = new TempJournal(withTheme: true)
            .Person("alice", "name: \"<b class=canary>Alice</b>\"")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: \"<i class=canary>Kick-off</i>\"", "## Notes\n\nWe met.\n");
        var layout = Path.Combine(journal.Root, "theme", "layouts", "dashboard.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{~ include \"note-list\" Recent ~}}", "    \t{{ include \"note-list\" Recent }}", StringComparison.Ordinal));
        Assert.Contains("\t{{ include \"note-list\" Recent }}", File.ReadAllText(layout), StringComparison.Ordinal);

        await journal.BuildAsync();

        var dashboard = journal.Page("index.html");
        Assert.Empty(dashboard.QuerySelectorAll(".canary"));
        Assert.Contains("<i class=canary>Kick-off</i>", dashboard.QuerySelector(".note-list .note-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b class=canary>Alice</b>", dashboard.QuerySelector(".note-list .meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_that_does_not_compile_refuses_the_build_naming_the_file_and_writes_nothing()
    {
        using var journal = JournalWithOneNote(withTheme: true);
        var layout = Path.Combine(journal.Root, "theme", "layouts", "note.sbn-html");
        var lines = File.ReadAllLines(layout).Length;
        File.WriteAllText(layout, File.ReadAllText(layout) + "{{ for x in Note.People }}never closed\n");
        var before = journal.InputSnapshot();

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.StartsWith("the theme could not be loaded: ", result.Refused);
        Assert.Contains($"theme{Path.DirectorySeparatorChar}layouts{Path.DirectorySeparatorChar}note.sbn-html:{lines + 1}:", result.Refused);
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(journal.Output));
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public async Task A_theme_whose_base_layout_does_not_parse_is_refused_before_a_foreign_output_folder_is_touched()
    {
        using var journal = JournalWithOneNote(withTheme: true);
        File.WriteAllText(Path.Combine(journal.Root, "theme", "layouts", "base.sbn-html"), "<html>{{ if Title }}never closed</html>\n");
        Directory.CreateDirectory(journal.Output);
        var precious = Path.Combine(journal.Output, "thesis.docx");
        File.WriteAllText(precious, "mine");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.Contains("base.sbn-html:1:", result.Refused);
        Assert.Equal("mine", File.ReadAllText(precious));
        Assert.Single(Directory.EnumerateFileSystemEntries(journal.Output));
    }

    [Fact]
    public async Task The_themes_own_meeting_types_and_assets_are_built_with_its_layouts()
    {
        using var journal = JournalWithOneNote(withTheme: true);
        var theme = Path.Combine(journal.Root, "theme");
        File.WriteAllText(Path.Combine(theme, "meeting-types", "walk-and-talk.md"),
            "---\nid: walk-and-talk\nname: Walk and talk\npurpose: A 1:1 on foot.\nduration: 30\nwho-leads: either\n---\n\n## How to prepare\n\nPick a route.\n");
        File.WriteAllText(Path.Combine(theme, "assets", "extra.css"), "/* extra */\n");
        var basePath = Path.Combine(theme, "layouts", "base.sbn-html");
        File.WriteAllText(basePath, File.ReadAllText(basePath).Replace("</body>", "<!-- theme-of-this-journal --></body>", StringComparison.Ordinal));

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.Null(result.Refused);
        Assert.Equal(0, result.Errors);
        var prep = File.ReadAllText(Path.Combine(journal.Output, "prep", "walk-and-talk", "index.html"));
        Assert.Contains("Walk and talk", prep);
        Assert.Contains("theme-of-this-journal", prep);
        Assert.Equal("/* extra */\n", File.ReadAllText(Path.Combine(journal.Output, "assets", "extra.css")));
    }

    [Fact]
    public async Task A_misspelt_member_in_a_layout_fails_build_and_check_with_file_line_and_column()
    {
        // Handlebars.Net rendered an unknown name as empty text; with strict binding it is an error naming the place
        using var journal = JournalWithOneNote(withTheme: true);
        var layout = Path.Combine(journal.Root, "theme", "layouts", "note.sbn-html");
        var text = File.ReadAllText(layout);
        Assert.Contains("{{ Note.Title }}", text, StringComparison.Ordinal);
        File.WriteAllText(layout, text.Replace("{{ Note.Title }}", "{{ Note.Titel }}", StringComparison.Ordinal));
        var line = text[..text.IndexOf("{{ Note.Title }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var column = text.IndexOf("{{ Note.Title }}", StringComparison.Ordinal) - text.LastIndexOf('\n', text.IndexOf("{{ Note.Title }}", StringComparison.Ordinal)) + 8;
        var where = $"theme{Path.DirectorySeparatorChar}layouts{Path.DirectorySeparatorChar}note.sbn-html:{line}:{column}: NoteRow has no member `Titel`";

        var build = await ProgramRunner.RunAsync(journal.Root, "build");
        var check = await ProgramRunner.RunAsync(journal.Root, "check");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(where, build.Stderr + build.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains(where, check.Stderr + check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_variable_at_the_top_of_a_layout_is_an_error_too()
    {
        using var journal = JournalWithOneNote(withTheme: true);
        File.AppendAllText(Path.Combine(journal.Root, "theme", "layouts", "person.sbn-html"), "<p>{{ Nmae }}</p>\n");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.Contains("person.sbn-html:", result.Refused);
        Assert.Contains("`Nmae` was not found", result.Refused);
    }

    [Fact]
    public async Task One_layout_in_the_journals_theme_overrides_the_default_and_the_rest_comes_from_the_default()
    {
        using var journal = JournalWithOneNote(withTheme: false);
        var layouts = Path.Combine(journal.Root, "theme", "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "note.sbn-html"), "<h1 class=\"mine\">{{ Note.Title }}</h1>\n{{ BodyHtml }}\n");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.Null(result.Refused);
        var note = journal.Page("notes/2026/2026-06-01-alice/index.html");
        Assert.Equal("Kick-off", note.QuerySelector("h1.mine")!.TextContent);
        Assert.Contains("We met.", note.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(note.QuerySelector("header.site-header")); // the default base layout
        Assert.NotNull(journal.Page("index.html").QuerySelector(".note-list")); // the default dashboard and partials
        Assert.True(File.Exists(Path.Combine(journal.Output, "assets", "site.css"))); // the default assets
    }

    [Fact]
    public async Task A_journal_theme_still_in_Handlebars_is_refused_naming_the_file()
    {
        using var journal = JournalWithOneNote(withTheme: false);
        var layouts = Path.Combine(journal.Root, "theme", "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "note.hbs"), "<h1>{{Note.Title}}</h1>\n");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.Contains("note.hbs: a Handlebars template", result.Refused);
    }
}
