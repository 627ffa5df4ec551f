using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// Notes kept in other people's habits (issue #15, item 2; docs/journal-format.md, "Bringing your notes"): action items
/// with written owners, action tables, front-matter action lists, Logseq outlines, "Next 1:1" sections and a running
/// document per person, each a small journal written for this project in that style, built with the real program and
/// read back from the pages.
/// </summary>
public sealed class BringingYourNotesTests
{
    private static TempJournal Journal()
    {
        var journal = new TempJournal().Settings("owner: Alex Kim\n");
        journal.Person("jordan-lee", "name: Jordan Lee\nrelationship: report\ncadence: weekly");
        journal.Person("sam-rivera", "name: Sam Rivera\nrelationship: peer");
        return journal;
    }

    /// <summary>Builds with the program as a user runs it; fails on a non-zero exit or on any warning or error.</summary>
    private static void Build(TempJournal journal)
    {
        var run = ProgramRunner.Program(journal.Root, "build");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.DoesNotContain(": warning:", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(": error:", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains(" 0 warnings, 0 errors", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The first row of the actions page for <paramref name="action"/>: owner, due date (ISO) and the opened and state cells' text (where the closing date shows).</summary>
    private static (string Owner, string? Due, string State) Row(IHtmlDocument actions, string action)
    {
        var row = actions.QuerySelectorAll("table.actions-table tbody tr")
            .FirstOrDefault(r => r.QuerySelector("td[data-label='Action item']")?.TextContent.Trim() == action);
        Assert.True(row is not null, $"no row for '{action}' on /actions/");
        return (Cell(row, "Owner"), row.QuerySelector("td[data-label='Due'] time")?.GetAttribute("datetime"), Cell(row, "Opened") + " " + Cell(row, "State"));
    }

    private static string Cell(IElement row, string label) => row.QuerySelector($"td[data-label='{label}']")?.TextContent.Trim() ?? "";

    private static string[] TimelineDates(TempJournal journal, string person) =>
        [.. journal.Page($"people/{person}/index.html").QuerySelectorAll(".timeline-entry .when time").Select(t => t.GetAttribute("datetime")!)];

    private static string RunningDocument => """
        Shared doc for Jordan and me: agenda at the top, newest meeting first.

        ## Topics for next time
        - Conference budget
        - Team offsite dates

        ## 2026-01-28
        Talked about growth and the promo timeline.

        - [x] @jordan-lee Draft the hiring plan ✅ 2026-01-27
        - [ ] Book the offsite venue → Alex Kim

        ## Jan 21, 2026
        Mostly hiring.

        - [ ] @jordan-lee Draft the hiring plan due:2026-01-26

        ## 2026-01-14
        Kick-off of the quarter.

        - [ ] @jordan-lee Draft the hiring plan
        """;

    [Fact]
    public void A_running_document_gives_one_meeting_per_dated_section_with_its_own_page_and_actions()
    {
        using var journal = Journal();
        journal.Write("notes/jordan-1on1.md", RunningDocument);
        Build(journal);

        Assert.Equal(["2026-01-28", "2026-01-21", "2026-01-14"], TimelineDates(journal, "jordan-lee"));
        var oldest = journal.Page("notes/2026/jordan-1on1-2026-01-14/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("Kick-off of the quarter.", oldest, StringComparison.Ordinal);
        Assert.DoesNotContain("Mostly hiring", oldest, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared doc for Jordan", oldest, StringComparison.Ordinal);
        // the text before the first dated section is the context of the first section in the file (the newest here)
        var newest = journal.Page("notes/2026/jordan-1on1-2026-01-28/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("Shared doc for Jordan", newest, StringComparison.Ordinal);
        Assert.Contains("Talked about growth", newest, StringComparison.Ordinal);
        Assert.DoesNotContain("Kick-off of the quarter", newest, StringComparison.Ordinal);

        // opened in the first meeting, carried through the second (due date), closed in the third with its done date
        var actions = journal.Page("actions/index.html");
        var plan = Row(actions, "Draft the hiring plan");
        Assert.Equal(("Jordan Lee", "2026-01-26"), (plan.Owner, plan.Due));
        Assert.Contains("closed", plan.State, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tue 27 Jan 2026", plan.State, StringComparison.Ordinal);
        var opened = actions.QuerySelectorAll("table.actions-table tbody tr")
            .First(r => Cell(r, "Action item") == "Draft the hiring plan").QuerySelector("td[data-label='Opened'] a")!.GetAttribute("href");
        Assert.Equal("../notes/2026/jordan-1on1-2026-01-14/index.html", opened);
        Assert.Equal("Alex Kim", Row(actions, "Book the offsite venue").Owner);

        var topics = journal.Page("prep/people/jordan-lee/index.html").QuerySelectorAll("#topics-h + ul li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Conference budget", "Team offsite dates"], topics);
    }

    [Fact]
    public void A_running_document_oldest_first_with_bold_date_lines_names_its_person_in_the_front_matter()
    {
        using var journal = Journal();
        journal.Write("notes/Weekly sync notes.md", """
            ---
            with: Sam Rivera
            tags: [platform]
            ---
            **2026-02-02**
            - [ ] Share the capacity numbers (Sam)

            **2026-02-09**
            - [x] Share the capacity numbers (Sam)

            **Feb 16, 2026**
            Quiet week.
            """);
        Build(journal);

        Assert.Equal(["2026-02-16", "2026-02-09", "2026-02-02"], TimelineDates(journal, "sam-rivera"));
        Assert.True(journal.Exists("notes/2026/weekly-sync-notes-2026-02-16/index.html"));
        var capacity = Row(journal.Page("actions/index.html"), "Share the capacity numbers");
        Assert.Equal("Sam Rivera", capacity.Owner);
        Assert.Contains("closed", capacity.State, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_running_document_whose_person_comes_from_its_folder_or_an_attendees_line_is_split_and_one_in_a_dated_folder_is_not()
    {
        using var journal = Journal();
        // no person file for Casey: the People/ folder names them (an inferred person); Sam only in the Attendees line
        journal.Write("notes/People/Casey Park/1-1 doc.md", "## 2026-04-07\nFirst week.\n\n## 2026-04-14\nSecond week.\n");
        journal.Write("notes/shared/platform sync.md", "**Attendees:** [[Sam Rivera]]\n\n## 2026-04-02\nCapacity.\n\n## 2026-04-16\nRoadmap.\n");
        journal.Write("notes/2026/04/20/offsite.md", "---\nwith: jordan-lee\n---\n## 2026-04-20\nDay one.\n\n## 2026-04-21\nDay two.\n");
        Build(journal);

        Assert.Equal(["2026-04-14", "2026-04-07"], TimelineDates(journal, "casey-park"));
        Assert.Equal(["2026-04-16", "2026-04-02"], TimelineDates(journal, "sam-rivera"));
        // a file in a dated folder is one meeting, whatever its headings
        Assert.Equal(["2026-04-20"], TimelineDates(journal, "jordan-lee"));
    }

    [Fact]
    public async Task A_file_with_a_front_matter_date_is_never_split_and_a_private_running_document_is_private_in_every_section()
    {
        using var journal = Journal();
        journal.Write("notes/2026/jordan-offsite.md", "---\ndate: 2026-03-04\nwith: jordan-lee\n---\n## 2026-03-04\nDay one.\n\n## 2026-03-05\nDay two.\n");
        journal.Write("notes/sam.md", "---\nprivate: true\n---\n## 2026-03-02\nFirst.\n\n## 2026-03-09\nSecond.\n<!-- private -->\nSalary talk.\n<!-- /private -->\n");
        var model = (await journal.BuildAsync()).Journal!;

        Assert.Single(model.NotesFor("jordan-lee"));
        Assert.Equal([new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 2)], model.NotesFor("sam-rivera").Select(n => n.Date!.Value));
        Assert.All(model.NotesFor("sam-rivera"), n => Assert.True(n.IsPrivate));

        var published = await journal.BuildAsync(BuildMode.Publish);
        Assert.Empty(published.Journal!.NotesFor("sam-rivera"));
        Assert.False(journal.Exists("notes/2026/sam-2026-03-09/index.html"));
    }

    [Fact]
    public async Task A_private_block_inside_a_section_is_left_out_of_a_publish()
    {
        using var journal = Journal();
        journal.Write("notes/sam.md", "## 2026-03-02\nFirst.\n\n## 2026-03-09\nSecond.\n\n<!-- private -->\nSalary talk.\n<!-- /private -->\n");
        await journal.BuildAsync(BuildMode.Publish);

        var page = journal.Page("notes/2026/sam-2026-03-09/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("Second.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Salary", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_rebuild_of_an_edited_running_document_matches_a_full_build()
    {
        using var journal = Journal();
        journal.Write("notes/jordan-1on1.md", RunningDocument);
        var session = new BuildSession();
        Assert.Equal(0, (await SiteBuilder.BuildAsync(journal.Options(), null, session)).ExitCode);

        // a new meeting on top, and the oldest one's action ticked off
        journal.Write("notes/jordan-1on1.md", "## 2026-02-04\nNew quarter.\n\n- [x] Book the offsite venue\n\n" + RunningDocument);
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);

        Assert.Equal(4, second.Journal!.NotesFor("jordan-lee").Count);
        Assert.False(second.Journal.Actions.Single(a => a.Text == "Book the offsite venue").IsOpen);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public void Owners_written_as_arrows_owner_labels_parentheses_and_links_land_on_the_actions_page()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-01-14 Jordan Lee.md", """
            - [ ] Draft the hiring plan → Jordan 📅 2026-01-27
            - [ ] Send the budget -> Sam Rivera
            - [ ] Update the roadmap. Owner: Jordan Lee
            - [ ] Book the offsite venue (Alex Kim)
            - [ ] Review the design doc (me)
            - [ ] [[Jordan Lee]] Write the career doc
            - [ ] Plan the demo (optional)
            """);
        journal.Write("notes/2026/2026-01-21 Jordan Lee.md", "- [x] Draft the hiring plan → Jordan ✅ 2026-01-20\n");
        Build(journal);

        var actions = journal.Page("actions/index.html");
        var plan = Row(actions, "Draft the hiring plan");
        Assert.Equal(("Jordan Lee", "2026-01-27"), (plan.Owner, plan.Due));
        Assert.Contains("Tue 20 Jan 2026", plan.State, StringComparison.Ordinal);
        Assert.Equal("Sam Rivera", Row(actions, "Send the budget").Owner);
        Assert.Equal("Jordan Lee", Row(actions, "Update the roadmap.").Owner);
        Assert.Equal("Alex Kim", Row(actions, "Book the offsite venue").Owner);
        Assert.Equal("Alex Kim", Row(actions, "Review the design doc").Owner);
        Assert.Equal("Jordan Lee", Row(actions, "Write the career doc").Owner);
        Assert.Equal("", Row(actions, "Plan the demo (optional)").Owner);
    }

    [Fact]
    public void An_action_table_gives_items_with_owner_due_and_done()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-01-14 Jordan Lee.md", """
            ## Actions

            | Action | Owner | Due | Status |
            | --- | --- | --- | --- |
            | Fix the flaky test | Jordan | 2026-01-21 | open |
            | Write the postmortem | Alex Kim | 2026-01-16 | done |
            """);
        journal.Write("notes/2026/2026-01-21 Jordan Lee.md", "| Action | Owner | Done |\n| --- | --- | --- |\n| Fix the flaky test | Jordan | 2026-01-19 |\n");
        Build(journal);

        var actions = journal.Page("actions/index.html");
        var test = Row(actions, "Fix the flaky test");
        Assert.Equal(("Jordan Lee", "2026-01-21"), (test.Owner, test.Due));
        Assert.Contains("Mon 19 Jan 2026", test.State, StringComparison.Ordinal);
        var postmortem = Row(actions, "Write the postmortem");
        Assert.Equal(("Alex Kim", "2026-01-16"), (postmortem.Owner, postmortem.Due));
        Assert.Contains("closed", postmortem.State, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_front_matter_action_list_gives_items_from_strings_and_maps()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-01-14-jordan-lee.md", """
            ---
            action_items:
              - "@jordan-lee Draft the hiring plan due:2026-01-27"
              - task: Share the budget sheet
                owner: Sam
                due: 2026-01-20
              - task: Read the RFC
                owner: me
                done: true
            ---
            Planning.
            """);
        journal.Write("notes/2026/2026-01-21-jordan-lee.md", "---\nactionItems:\n  - { task: Draft the hiring plan, owner: Jordan Lee, done: 2026-01-22 }\n---\nShort.\n");
        Build(journal);

        var actions = journal.Page("actions/index.html");
        var plan = Row(actions, "Draft the hiring plan");
        Assert.Equal(("Jordan Lee", "2026-01-27"), (plan.Owner, plan.Due));
        Assert.Contains("Thu 22 Jan 2026", plan.State, StringComparison.Ordinal);
        Assert.Equal(("Sam Rivera", "2026-01-20"), (Row(actions, "Share the budget sheet").Owner, Row(actions, "Share the budget sheet").Due));
        Assert.Contains("closed", Row(actions, "Read the RFC").State, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_logseq_outline_gives_items_with_deadlines_and_hides_properties()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-01-14 Jordan Lee.md", """
            - Talked about the roadmap
              id:: 65a1b2c3-0000-4000-8000-000000000001
            - TODO Write the career doc
              DEADLINE: <2026-02-01 Sun>
              SCHEDULED: <2026-01-25 Sun>
            - LATER @jordan-lee Plan the offsite
            - NOW Fix the build
            """);
        journal.Write("notes/2026/2026-01-21 Jordan Lee.md", "- DONE Write the career doc\n  collapsed:: true\n- Quiet week\n");
        Build(journal);

        var actions = journal.Page("actions/index.html");
        var doc = Row(actions, "Write the career doc");
        Assert.Equal("2026-02-01", doc.Due);
        Assert.Contains("closed", doc.State, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Jordan Lee", Row(actions, "Plan the offsite").Owner);
        Assert.Contains("Open", Row(actions, "Fix the build").State, StringComparison.Ordinal);
        var page = journal.Page("notes/2026/2026-01-14-jordan-lee/index.html").QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("id::", page, StringComparison.Ordinal);
        Assert.DoesNotContain("65a1b2c3", page, StringComparison.Ordinal);
        Assert.Contains("Talked about the roadmap", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_under_next_1_1_join_the_queue_on_the_prep_sheet()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-01-14-jordan-lee.md", "---\nnext: [Promo packet]\n---\nNotes.\n\n## Next 1:1\n- Conference budget\n- [ ] @me Book the room\n");
        Build(journal);

        var topics = journal.Page("prep/people/jordan-lee/index.html").QuerySelectorAll("#topics-h + ul li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Promo packet", "Conference budget"], topics);
    }
}
