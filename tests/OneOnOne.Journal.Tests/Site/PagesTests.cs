using System.Xml.Linq;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>What each page family shows, on a small journal whose figures are known.</summary>
public sealed class PagesTests : IAsyncLifetime
{
    private readonly TempJournal _journal = new();

    public async Task InitializeAsync()
    {
        _journal
            .Settings("title: Test journal\nowner: Sam Rivera\n")
            .Person("alice", "name: Alice Chen\nrole: Engineer\nrelationship: report\ncadence: weekly\naliases: [Ali]", "Likes written feedback.")
            .Person("bob", "name: Bob Stone\nrelationship: manager\ncadence: monthly")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\nmood: 3\ngoals:\n  - id: search\n    title: Ship search v2\n    status: on-track\n    progress: 20",
                "## Notes\nTalked with [[Bob Stone]] and [[Ali|her]] about search.\n\n## Action items\n- [ ] @alice Draft the rollout plan due:2026-06-10\n- [ ] @me Book the offsite due:2026-07-30")
            .Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\nmood: 4\ngoals:\n  - id: search\n    status: at-risk\n    progress: 50\n    note: Backend slipped",
                "## Action items\n- [ ] @alice Draft the rollout plan due:2026-06-10")
            .Note("2026-06-29-alice", "date: 2026-06-29\nwith: alice\ntype: alignment\nnext: [Promo timeline]\ngoals:\n  - id: search\n    status: done\n    progress: 100",
                "## Wins\n- Shipped search v2\n\n## Action items\n- [x] @alice draft the rollout plan\n- [ ] @alice Write the launch post due:2026-06-20")
            .Note("2026-05-01-bob", "date: 2026-05-01\nwith: bob\ntype: regular", "Quarterly planning.")
            .Write("meeting-types/regular.md", "---\nid: regular\nname: Weekly sync\npurpose: Our own regular meeting.\nduration: 25\n---\n## Agenda\n- 10 min: Wins\n- 15 min: Blockers\n")
            .Write("meeting-types/pairing.md", "---\nname: Pairing session\npurpose: Work through code together.\nduration: 60\n---\n## Agenda\n- 60 min: Pair\n");
        await _journal.BuildAsync(today: new DateOnly(2026, 6, 30));
    }

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_timeline_is_newest_first_with_gaps_types_moods_goals_and_actions()
    {
        var page = _journal.Page("people/alice/index.html");
        var entries = page.QuerySelectorAll(".timeline-entry").ToList();
        Assert.Equal(["2026-06-29", "2026-06-08", "2026-06-01"], entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Contains("21 days after previous", entries[0].QuerySelector(".gap")!.TextContent);
        Assert.Contains("longer than the cadence", entries[0].QuerySelector(".gap")!.TextContent);
        Assert.Contains("Alignment", entries[0].QuerySelector(".meta")!.TextContent);
        Assert.Contains("Closed: draft the rollout plan", entries[0].TextContent.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains("Opened: Write the launch post", entries[0].TextContent);
        Assert.Contains("mood 4/5", entries[1].TextContent);
        Assert.Contains("At risk", entries[1].QuerySelector(".goals-touched")!.TextContent);
        // cadence: gaps 7 (kept) and 21 (not kept) of a weekly cadence
        Assert.Contains("50%", page.QuerySelector("#cadence-h")!.ParentElement!.TextContent);
        Assert.Contains("Likes written feedback.", page.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void Wiki_links_by_name_and_alias_resolve_to_person_pages()
    {
        var note = _journal.Page("notes/2026/2026-06-01-alice/index.html");
        var links = note.QuerySelectorAll(".prose a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("../../../people/bob/index.html", links["Bob Stone"]);
        Assert.Equal("../../../people/alice/index.html", links["her"]);
    }

    [Fact]
    public void The_dashboard_shows_who_is_due_the_overdue_actions_and_recent_notes()
    {
        var page = _journal.Page("index.html");
        var due = page.QuerySelector(".due-list")!.TextContent;
        Assert.Contains("Bob Stone", due); // last met 1 May, monthly: overdue since 31 May
        Assert.Contains("overdue", due);
        var overdue = page.QuerySelectorAll(".actions-table tr.overdue").Select(r => r.TextContent).ToList();
        Assert.Single(overdue);
        Assert.Contains("Write the launch post", overdue[0]);
        Assert.Equal(4, page.QuerySelectorAll("#recent-h ~ .note-list li").Length);
    }

    [Fact]
    public void The_goal_page_has_its_history_and_a_well_formed_accessible_chart()
    {
        var page = _journal.Page("goals/alice/search/index.html");
        Assert.Equal("Ship search v2", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("#history-h ~ .table-wrap tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Done", rows[0]);
        Assert.Contains("Backend slipped", rows[1]);

        var svg = page.QuerySelector("svg.chart-progress")!;
        var xml = XElement.Parse(svg.OuterHtml);
        Assert.Equal("img", xml.Attribute("role")!.Value);
        Assert.Contains("2026-06-08 50% (At risk)", xml.Attribute("aria-label")!.Value);
        Assert.Equal(3, xml.Descendants().Count(e => e.Attribute("class")?.Value.Contains("marker", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void The_personal_prep_sheet_has_open_actions_goals_topics_the_last_meeting_and_the_usual_agenda()
    {
        var page = _journal.Page("prep/people/alice/index.html");
        Assert.Contains("Promo timeline", page.QuerySelector("#topics-h")!.ParentElement!.TextContent);
        var open = page.QuerySelector("#actions-h")!.ParentElement!.TextContent;
        Assert.Contains("Write the launch post", open);
        Assert.Contains("overdue", open);
        Assert.Contains("Book the offsite", open);
        Assert.DoesNotContain("rollout plan", open);
        Assert.Contains("2026-06-29", page.QuerySelector("#last-h")!.ParentElement!.QuerySelector("a")!.GetAttribute("href"));
        // two of three notes are the overridden 'regular' type (Weekly sync): its agenda is used
        Assert.Contains("Weekly sync", page.QuerySelector(".sheet-header .meta")!.TextContent);
        Assert.Equal(["10 min Wins", "15 min Blockers"], page.QuerySelectorAll(".agenda li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Input_meeting_types_replace_and_extend_the_theme_ones()
    {
        var index = _journal.Page("prep/index.html");
        var names = index.QuerySelectorAll("#types-h ~ .table-wrap tbody th").Select(t => t.TextContent).ToList();
        Assert.Contains("Weekly sync", names);
        Assert.Contains("Pairing session", names);
        Assert.Contains("Skip-level 1:1", names);
        Assert.DoesNotContain("Regular 1:1", names);
        Assert.True(_journal.Exists("prep/pairing/index.html"));
        Assert.Contains("Our own regular meeting.", _journal.Page("prep/regular/index.html").QuerySelector(".purpose")!.TextContent);
    }

    [Fact]
    public void The_actions_page_separates_overdue_mine_open_and_closed()
    {
        var page = _journal.Page("actions/index.html");
        Assert.Contains("Write the launch post", page.QuerySelector("#overdue-h")!.ParentElement!.TextContent);
        Assert.Contains("Book the offsite", page.QuerySelector("#mine-h")!.ParentElement!.TextContent);
        var closed = page.QuerySelector("#closed-h")!.ParentElement!.TextContent;
        Assert.Contains("draft the rollout plan", closed);
        Assert.Contains("Closed by the next 1:1", closed); // due 10 June, ticked on the 29th with no done date: the first meeting after it
    }
}
