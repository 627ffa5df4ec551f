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
        // Handlebars.Net writes an indented partial's values unencoded (issue #14); a theme the user edits may indent one
        using var journal = new TempJournal(withTheme: true)
            .Person("alice", "name: \"<b class=canary>Alice</b>\"")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: \"<i class=canary>Kick-off</i>\"", "## Notes\n\nWe met.\n");
        var layout = Path.Combine(journal.Root, "theme", "layouts", "dashboard.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{> note-list Recent}}", "    \t{{> note-list Recent}}", StringComparison.Ordinal));
        Assert.Contains("\t{{> note-list Recent}}", File.ReadAllText(layout), StringComparison.Ordinal);

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
        var layout = Path.Combine(journal.Root, "theme", "layouts", "note.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n{{#each Broken}}never closed\n");
        var before = journal.InputSnapshot();

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.StartsWith("the theme could not be loaded: ", result.Refused);
        Assert.Contains("note.hbs", result.Refused);
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(journal.Output));
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public async Task A_theme_without_a_base_layout_is_refused_before_a_foreign_output_folder_is_touched()
    {
        using var journal = JournalWithOneNote(withTheme: true);
        File.Delete(Path.Combine(journal.Root, "theme", "layouts", "base.hbs"));
        Directory.CreateDirectory(journal.Output);
        var precious = Path.Combine(journal.Output, "thesis.docx");
        File.WriteAllText(precious, "mine");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.Contains("the theme has no base layout", result.Refused);
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
        var basePath = Path.Combine(theme, "layouts", "base.hbs");
        File.WriteAllText(basePath, File.ReadAllText(basePath).Replace("</body>", "<!-- theme-of-this-journal --></body>", StringComparison.Ordinal));

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.Null(result.Refused);
        Assert.Equal(0, result.Errors);
        var prep = File.ReadAllText(Path.Combine(journal.Output, "prep", "walk-and-talk", "index.html"));
        Assert.Contains("Walk and talk", prep);
        Assert.Contains("theme-of-this-journal", prep);
        Assert.Equal("/* extra */\n", File.ReadAllText(Path.Combine(journal.Output, "assets", "extra.css")));
    }
}
