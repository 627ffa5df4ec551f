using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>The notes index: <c>/notes/</c> lists the years, <c>/notes/&lt;yyyy&gt;/</c> a year's notes; a save re-renders only its year.</summary>
public sealed class NotesIndexTests
{
    [Fact]
    public async Task The_index_links_each_year_and_each_year_page_lists_its_notes_newest_first()
    {
        using var journal = Journal();
        await journal.BuildAsync();

        var index = journal.Page("notes/index.html");
        Assert.Contains("(4)", index.QuerySelector("h1")!.TextContent);
        Assert.Equal(["../notes/2026/index.html", "../notes/2025/index.html"], index.QuerySelectorAll("main .year-list a").Select(a => a.GetAttribute("href")));
        Assert.Empty(index.QuerySelectorAll("main .note-list"));

        var y2026 = journal.Page("notes/2026/index.html");
        Assert.Contains("Notes in 2026", y2026.QuerySelector("h1")!.TextContent);
        Assert.Equal(["../../notes/2026/2026-06-08-alice/index.html", "../../notes/2026/2026-02-01-bob/index.html"],
            y2026.QuerySelectorAll("main .note-title").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../../notes/index.html", "../../notes/2025/index.html"], y2026.QuerySelectorAll("main .year-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2026", y2026.QuerySelector("main .year-nav [aria-current=page]")!.TextContent);
        Assert.Equal(2, journal.Page("notes/2025/index.html").QuerySelectorAll("main .note-item").Length);
    }

    [Fact]
    public async Task A_save_rewrites_its_year_page_only_and_a_year_that_empties_goes_away()
    {
        using var journal = Journal();
        var session = new BuildSession();
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        var y2025 = Path.Combine(journal.Output, "notes", "2025", "index.html");
        var before = File.ReadAllText(y2025);

        journal.Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\ntitle: Renamed meeting", "Body.");
        var saved = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Contains("notes/2026/index.html", saved.LateChanges);
        Assert.DoesNotContain("notes/2025/index.html", saved.LateChanges);
        Assert.Contains("Renamed meeting", journal.Page("notes/2026/index.html").QuerySelector("main")!.TextContent);
        Assert.Equal(before, File.ReadAllText(y2025));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        // bob's 2025 note is edited: 2025's page changes; 2026's lists bob's other note, whose row is the same, and stays
        var y2026 = File.ReadAllText(Path.Combine(journal.Output, "notes", "2026", "index.html"));
        journal.Note("2025-03-01-bob", "date: 2025-03-01\nwith: bob\ntitle: Bob in spring", "Body.");
        var other = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Contains("notes/2025/index.html", other.LateChanges);
        Assert.DoesNotContain("notes/2026/index.html", other.LateChanges);
        Assert.Contains("Bob in spring", journal.Page("notes/2025/index.html").QuerySelector("main")!.TextContent);
        Assert.Equal(y2026, File.ReadAllText(Path.Combine(journal.Output, "notes", "2026", "index.html")));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        File.Delete(Path.Combine(journal.Root, "input", "notes", "2025", "2025-03-01-bob.md"));
        File.Delete(Path.Combine(journal.Root, "input", "notes", "2025", "2025-11-20-carol.md"));
        var emptied = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Contains("notes/2025/index.html", emptied.LateChanges);
        Assert.False(File.Exists(y2025));
        Assert.Equal(["../notes/2026/index.html"], journal.Page("notes/index.html").QuerySelectorAll("main .year-list a").Select(a => a.GetAttribute("href")));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    private static TempJournal Journal() => new TempJournal()
        .Person("alice", "name: Alice Chen")
        .Person("bob", "name: Bob Stone")
        .Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\ntitle: June", "Body.")
        .Note("2026-02-01-bob", "date: 2026-02-01\nwith: bob\ntitle: February", "Body.")
        .Person("carol", "name: Carol Diaz")
        .Note("2025-11-20-carol", "date: 2025-11-20\nwith: carol\ntitle: November", "Body.")
        .Note("2025-03-01-bob", "date: 2025-03-01\nwith: bob\ntitle: March", "Body.");
}
