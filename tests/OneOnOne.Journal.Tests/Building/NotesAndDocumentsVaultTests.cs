using OneOnOne.Journal.Building;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// Notes as people already keep them (issue #15, items 4 and 5): a vault that holds 1:1s next to team meetings, a
/// glossary, a template and an archive builds with exit 0; the files that are not 1:1s are each one info and no page;
/// <c>exclude:</c> globs are not read; plugin queries, a repeated title heading and the owner's own person file do
/// not leak onto the pages. The fixtures are written for this test.
/// </summary>
public sealed class NotesAndDocumentsVaultTests
{
    private static TempJournal Vault()
    {
        var journal = new TempJournal();
        journal.Settings("title: Vault\nowner: Jane Doe\nfolders:\n  notes: Vault\n  people: People\nexclude:\n  - Archive/**\n");
        journal.Write("People/Alice Chen.md", "---\nrelationship: report\n---\nRuns the billing team.\n");
        journal.Write("People/Me.md", "---\nname: Jane Roe\nrelationship: self\n---\nThat is me.\n");
        journal.Write("Vault/Team/2026-03-02 Team sync.md", "Roadmap review with the whole team.\n\n- Hiring plan for Q2\n");
        journal.Write("Vault/Glossary.md", "# Glossary\n\n**SLO**: service level objective.\n");
        journal.Write("Vault/Templates/1on1.md", "---\ndate: \"{{date}}\"\nwith:\ntags: [1on1]\n---\n# {{title}}\n\n<% tp.file.cursor() %>\n");
        journal.Write("Vault/Archive/2025-01-01 Alice Chen.md", "---\ndate: not a date\nwith: nobody-known\n---\nOld export.\n");
        journal.Write("Vault/2026-03-04 Alice Chen.md", """
            ---
            title: Alice weekly
            attendees:
              - "[[Alice Chen]]"
              - "[[Jane Roe]]"
            ---
            # Alice weekly

            Talked about the quokka migration with [[Jane Roe]].

            ```dataview
            TABLE zorblax FROM #project
            ```

            Next: <% tp.date.now("YYYY-MM-DD") %>

            """);
        return journal;
    }

    [Fact]
    public async Task Check_of_a_vault_of_notes_and_documents_exits_0_and_lists_each_non_note_once_as_an_info()
    {
        using var journal = Vault();
        var run = await ProgramRunner.RunAsync(journal.Root, "check", "--today", "2026-03-30");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var infos = run.Stdout.Split('\n').Where(l => l.Contains(": info: ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "input/Vault/Glossary.md:1:1: info: not a 1:1 note (no date); left out",
                "input/Vault/Team/2026-03-02 Team sync.md:1:1: info: not a 1:1 note (no person); left out",
                "input/Vault/Templates/1on1.md:1:1: info: not a 1:1 note (no date); left out",
            ],
            infos);
        Assert.DoesNotContain(": error:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Archive", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings in 1 notes", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_one_on_one_lands_on_its_timeline_and_the_documents_get_no_page()
    {
        using var journal = Vault();
        var result = await journal.BuildAsync(today: new DateOnly(2026, 3, 30));

        Assert.Equal(0, result.ExitCode);
        var model = result.Journal!;
        var note = Assert.Single(model.Notes);
        Assert.Equal("input/Vault/2026-03-04 Alice Chen.md", note.SourcePath);
        Assert.Equal(["alice-chen"], note.With);
        Assert.Equal([note], model.NotesFor("alice-chen"));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Severity == Severity.Info));
        Assert.Equal(0, result.Warnings);

        // the attention page: nothing needs attention, and the infos are a collapsed list apart from the problems
        var attention = journal.Page("attention/index.html");
        Assert.NotNull(attention.QuerySelector(".notice-ok"));
        Assert.Null(attention.QuerySelector("details#infos[open]"));
        Assert.Equal(3, attention.QuerySelectorAll("details#infos li").Length);
        Assert.Empty(attention.QuerySelectorAll(".problem-file"));
    }

    [Fact]
    public async Task Plugin_queries_show_one_muted_line_are_not_indexed_and_a_repeated_title_heading_is_shown_once()
    {
        using var journal = Vault();
        await journal.BuildAsync(today: new DateOnly(2026, 3, 30));

        var page = journal.Page("people/alice-chen/index.html");
        var url = page.QuerySelector(".timeline-entry a")!.GetAttribute("href")!;
        var note = journal.Page(Path.GetFullPath(Path.Combine(journal.Output, "people/alice-chen", url))[(journal.Output.Length + 1)..]);
        var article = note.QuerySelector("main")!;
        Assert.Equal(1, article.QuerySelectorAll("h1, h2, h3").Count(h => h.TextContent.Trim() == "Alice weekly"));
        Assert.Equal("Obsidian query (not shown)", Assert.Single(article.QuerySelectorAll("p.obsidian-query")).TextContent);
        Assert.Equal("Obsidian query (not shown)", Assert.Single(article.QuerySelectorAll("span.obsidian-query")).TextContent);
        Assert.DoesNotContain("zorblax", article.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tp.date", article.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(article.QuerySelectorAll("pre"));

        var search = Directory.GetFiles(Path.Combine(journal.Output, "search"), "*.js").Select(File.ReadAllText).ToList();
        Assert.Contains(search, text => text.Contains("quokka", StringComparison.Ordinal));
        Assert.DoesNotContain(search, text => text.Contains("zorblax", StringComparison.Ordinal) || text.Contains("cursor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_owners_own_person_file_is_not_someone_you_meet()
    {
        using var journal = Vault();
        var result = await journal.BuildAsync(today: new DateOnly(2026, 3, 30));

        Assert.Equal(["alice-chen"], result.Journal!.People.Select(p => p.Id));
        var people = journal.Page("people/index.html");
        Assert.DoesNotContain("Jane Roe", people.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(journal.Exists("people/me/index.html"));
        var note = journal.Page("people/alice-chen/index.html").QuerySelector(".timeline-entry a")!.GetAttribute("href")!;
        var body = journal.Page(Path.GetFullPath(Path.Combine(journal.Output, "people/alice-chen", note))[(journal.Output.Length + 1)..]).QuerySelector("main")!;
        Assert.Contains("with Jane Roe.", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("a[href*='people/me']"));
        Assert.DoesNotContain("Jane Roe", journal.Page("index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Roe", journal.Page("prep/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_file_named_like_the_owner_is_the_owner_too()
    {
        using var journal = new TempJournal();
        journal.Settings("owner: Jane Doe\n");
        journal.Person("jane-doe", "name: Jane Doe\nrelationship: peer");
        journal.Person("alice-chen", "name: Alice Chen");
        journal.Write("notes/2026-03-04-alice.md", "---\ndate: 2026-03-04\nwith: [alice-chen, jane-doe]\n---\n- [ ] @jane-doe Send the agenda\n");
        var result = await journal.BuildAsync();

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["alice-chen"], result.Journal!.People.Select(p => p.Id));
        Assert.Equal(["alice-chen"], Assert.Single(result.Journal.Notes).With);
        Assert.Equal("me", Assert.Single(Assert.Single(result.Journal.Notes).Tasks).Owner);
    }

    [Fact]
    public async Task A_file_with_our_front_matter_keys_and_a_problem_is_still_an_error_on_the_attention_page()
    {
        using var journal = new TempJournal();
        journal.Person("alice-chen", "name: Alice Chen");
        journal.Write("notes/bad-date.md", "---\ndate: 2026-13-40\nwith: alice-chen\n---\nMeant as a note.\n");
        journal.Write("notes/unknown-person.md", "---\ndate: 2026-03-04\n---\nNo one named.\n");
        journal.Write("notes/2026-03-05 Zed Unknown.md", "---\nwith: zed-unknown\n---\nA person nobody knows.\n");
        journal.Write("notes/Half written.md", "---\nwith: [alice-chen\n---\nBroken front matter: meant as a note.\n");
        journal.Write("notes/Reading list.md", "Books to read.\n");
        var result = await journal.BuildAsync();

        Assert.Equal(1, result.ExitCode);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["input/notes/Half written.md", "input/notes/bad-date.md", "input/notes/unknown-person.md"], errors);

        // since issue #15 item 3, a person named in a field without a person file is inferred, with an info
        Assert.Equal(
            [
                "input/notes/2026-03-05 Zed Unknown.md:1:1: info: inferred person 'Zed Unknown' from 1 note; add input/people/Zed Unknown.md to set role and cadence",
                "input/notes/Reading list.md:1:1: info: not a 1:1 note (no date); left out",
            ],
            result.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.ToString()).Order(StringComparer.Ordinal));
        var attention = journal.Page("attention/index.html");
        Assert.Equal(3, attention.QuerySelectorAll(".problem-file").Length);
        Assert.Equal(4, result.Journal!.Notes.Count);
    }

    [Fact]
    public async Task A_rebuild_that_reuses_the_cache_keeps_non_notes_out_and_places_one_that_became_a_note()
    {
        using var journal = Vault();
        var session = new BuildSession();
        var first = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(0, first.ExitCode);

        // the glossary is unchanged (reused from the cache); the team sync gains a person and becomes a 1:1
        journal.Write("Vault/Team/2026-03-02 Team sync.md", "---\nwith: alice-chen\n---\nRoadmap review.\n");
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, second.Journal!.Notes.Count);
        Assert.Equal(["input/Vault/Glossary.md", "input/Vault/Templates/1on1.md"], second.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.Path).Order(StringComparer.Ordinal));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task A_publish_names_none_of_the_files_left_out_as_not_1_1_notes()
    {
        using var journal = Vault();
        await journal.BuildAsync(OneOnOne.Journal.Configuration.BuildMode.Publish, new DateOnly(2026, 3, 30));

        var files = SealedSite.AllFiles(journal.Output).ToList();
        Assert.Contains(files, f => f.Text.Contains("quokka", StringComparison.Ordinal));
        foreach (var name in new[] { "Glossary", "Team sync", "1on1.md" })
        {
            Assert.DoesNotContain(files, f => f.Text.Contains(name, StringComparison.Ordinal));
        }
    }
}
