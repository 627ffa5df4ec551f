using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>
/// Correctness found on the pages (issue #16, item 5), on one small journal built once: goal counts, undated
/// notes reachable from /notes/, /prep/ by due date with the overdue flagged, action tokens on note pages
/// rendered as names and dates, and warnings shown calmly.
/// </summary>
public sealed class PagePolishTests(PagePolishTests.PolishJournal fixture) : IClassFixture<PagePolishTests.PolishJournal>
{
    /// <summary>Today is <see cref="TempJournal.DefaultToday"/> (2026-06-30).</summary>
    public sealed class PolishJournal : IAsyncLifetime
    {
        public TempJournal Journal { get; } = new();

        public async Task InitializeAsync()
        {
            Journal
                .Person("priya-nair", "name: Priya Nair\ncadence: weekly")      // last met 2026-03-25: due 2026-04-01, 90 days overdue
                .Person("alex-kim", "name: Alex Kim\ncadence: monthly")        // last met 2026-06-20: due 2026-07-20
                .Person("amy-zhou", "name: Amy Zhou\ncadence: weekly")         // last met 2026-06-28: due 2026-07-05
                .Person("zed-adams", "name: Zed Adams")                        // never met
                .Note("2026-03-25-priya-nair", """
                    date: 2026-03-25
                    with: priya-nair
                    goals:
                      - id: launch
                        title: Launch the beta
                        status: done
                      - id: mentor
                        title: Mentor a new hire
                        status: on-track
                    """, """
                    ## Action items
                    - [ ] @priya-nair Send the deck due:2026-04-09
                    - [ ] @me Book the room
                    - [ ] @nobody Ask around
                    - [ ] Read `@priya-nair due:2026-01-01` literally
                    """)
                .Note("2026-06-20-alex-kim", "date: 2026-06-20\nwith: alex-kim", "Body.")
                .Note("2026-06-28-amy-zhou", "date: 2026-06-28\nwith: amy-zhou", "Body.")
                .Write("notes/loose/undated-thoughts.md", "---\nwith: alex-kim\ntitle: Loose thoughts\n---\nNo date here.\n");
            await Journal.BuildAsync();
        }

        public Task DisposeAsync()
        {
            Journal.Dispose();
            return Task.CompletedTask;
        }
    }

    private TempJournal Journal => fixture.Journal;

    [Fact]
    public void The_goals_page_counts_each_persons_finished_goals()
    {
        var summary = Journal.Page("goals/index.html").QuerySelector("main details summary")!.TextContent;
        Assert.Equal("Finished (1)", summary.Trim());
    }

    [Fact]
    public void Undated_notes_are_listed_on_the_notes_index_under_Undated()
    {
        var index = Journal.Page("notes/index.html");
        Assert.Contains("(4)", index.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("No notes yet", index.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var undated = index.QuerySelector("#undated-h")!.ParentElement!;
        var link = Assert.Single(undated.QuerySelectorAll(".note-title"));
        Assert.Equal("Loose thoughts", link.TextContent);
        var target = Path.GetFullPath(Path.Combine(Journal.Output, "notes", link.GetAttribute("href")!));
        Assert.True(File.Exists(target), target); // the link reaches the note's page
    }

    [Fact]
    public void The_prep_index_lists_people_by_due_date_the_overdue_first_and_flagged()
    {
        var items = Journal.Page("prep/index.html").QuerySelectorAll("#next-h ~ ul li").ToList();
        Assert.Equal(["Priya Nair", "Amy Zhou", "Alex Kim", "Zed Adams"], items.Select(li => li.QuerySelector("a")!.TextContent));
        var flag = items[0].QuerySelector(".flag-overdue")!.TextContent;
        Assert.Contains("90 days overdue", flag, StringComparison.Ordinal);
        Assert.All(items.Skip(1), li => Assert.Null(li.QuerySelector(".flag-overdue")));
        Assert.Contains("not met yet", items[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_page_shows_action_owners_as_linked_names_and_due_dates_as_dates()
    {
        var prose = Journal.Page("notes/2026/2026-03-25-priya-nair/index.html").QuerySelector(".prose")!;
        var items = prose.QuerySelectorAll("li.task-list-item").ToList();

        var owner = items[0].QuerySelector("a.owner")!;
        Assert.Equal("Priya Nair", owner.TextContent);
        Assert.EndsWith("people/priya-nair/index.html", owner.GetAttribute("href"), StringComparison.Ordinal);
        var due = items[0].QuerySelector("time.due")!;
        Assert.Equal("2026-04-09", due.GetAttribute("datetime"));
        Assert.Equal("due Thu 9 Apr 2026", due.TextContent);
        Assert.DoesNotContain("@priya-nair", items[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("due:", items[0].TextContent, StringComparison.Ordinal);

        Assert.DoesNotContain("@me", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("@nobody", items[2].TextContent, StringComparison.Ordinal);                         // names nobody: as written
        Assert.Equal("@priya-nair due:2026-01-01", items[3].QuerySelector("code")!.TextContent);          // code: as written
    }

    [Fact]
    public void Warnings_on_a_note_page_are_a_calm_notice_not_the_red_problems_box()
    {
        var page = Journal.Page("notes/2026/2026-03-25-priya-nair/index.html");
        Assert.Null(page.QuerySelector(".notice-error"));
        var notice = page.QuerySelector(".notice-note")!;
        Assert.Contains("unknown owner '@nobody'", notice.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Problems", notice.TextContent, StringComparison.Ordinal);
    }
}
