using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>
/// Issue #16, figures a manager can defend in a review: a small journal as real files, built and read back as HTML.
/// Today is 2026-06-30, review years are calendar years. alice (report, weekly) has four action items opened on
/// 5 January: her "Draft plan" (due the 10th) ticked on the 12th, the first 1:1 after it, with no done date;
/// her "Review doc" (due the 20th) ticked on the 19th; my "Book room" (due the 8th) ticked with done:2026-01-09;
/// the unowned "Order pizza" (due the 8th) never ticked. dan (peer, weekly, until 2026-01-31) was met once, on
/// 26 January, in a journal that starts on 5 January.
/// </summary>
public sealed partial class ReviewFiguresTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private readonly TempJournal _journal;

    public ReviewFiguresTests()
    {
        _journal = new TempJournal()
            .Settings("title: Figures\nowner: Sam\n")
            .Person("alice", "name: Alice Chen\nrelationship: report\ncadence: weekly")
            .Person("dan", "name: Dan Ruiz\nrelationship: peer\ncadence: weekly\nuntil: 2026-01-31");
        _journal.Note("2026-01-05-alice", "date: 2026-01-05\nwith: alice", """
            ## Action items
            - [ ] @alice Draft plan due:2026-01-10
            - [ ] @alice Review doc due:2026-01-20
            - [ ] @me Book room due:2026-01-08
            - [ ] Order pizza due:2026-01-08
            """);
        _journal.Note("2026-01-12-alice", "date: 2026-01-12\nwith: alice", "- [x] @alice Draft plan\n- [x] @me Book room done:2026-01-09\n");
        _journal.Note("2026-01-19-alice", "date: 2026-01-19\nwith: alice", "- [x] @alice Review doc\n");
        _journal.Note("2026-01-26-dan", "date: 2026-01-26\nwith: dan");
        _journal.Note("2026-06-29-alice", "date: 2026-06-29\nwith: alice");
    }

    public void Dispose() => _journal.Dispose();

    private static string Text(IElement? element) => Spaces().Replace(element?.TextContent ?? "", " ").Trim();

    private async Task BuildAsync()
    {
        var result = await _journal.BuildAsync(today: Today);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Actions_on_time_is_about_their_items_with_the_next_1_1_apart_and_the_rule_in_a_footnote()
    {
        await BuildAsync();
        var page = _journal.Page("review/2026/alice/index.html");

        var onTime = page.QuerySelector(".glance-on-time dd")!;
        Assert.StartsWith("50% (1 of 2 of Alice Chen's own items with a due date; 1 closed by the next 1:1, 0 late)", Text(onTime));
        Assert.Contains("Yours (@me): 0% on time (1 with a due date)", Text(onTime));
        var footnote = page.GetElementById(onTime.GetAttribute("aria-describedby")!);
        Assert.Contains("Alice Chen's own items (@alice) with a due date", Text(footnote));
        Assert.Contains("✅ or done: date when written, else the date of the note that ticked the item", Text(footnote));
        Assert.Contains("counts as closed by the next 1:1, never as late", Text(footnote));

        var rows = page.QuerySelectorAll(".review-actions tbody tr").Select(r => string.Join(" ", r.Children.Select(Text))).ToList();
        Assert.Equal(
            [
                "Alice Chen's own 2 2 1 1 0 0 (0) 50%",   // opened, closed, on time, by the next 1:1, late, still open (overdue), rate
                "Yours (@me) 1 1 0 0 1 0 (0) 0%",         // done:2026-01-09 is after the due date: late
                "Shared or unassigned 1 0 0 0 0 1 (1) –", // nobody named: shared, and overdue
            ],
            rows);
    }

    [Fact]
    public async Task An_item_ticked_at_the_next_1_1_reads_closed_by_the_next_1_1_not_closed_late()
    {
        await BuildAsync();
        var closed = _journal.Page("actions/index.html").QuerySelector("#closed-h")!.ParentElement!;

        var draft = closed.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Draft plan", StringComparison.Ordinal));
        var room = closed.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Book room", StringComparison.Ordinal));
        Assert.Contains("Closed by the next 1:1", Text(draft));
        Assert.Contains("closed by Mon 12 Jan 2026", Text(draft)); // no done date written: done by the ticking note's date
        Assert.Contains("Closed late", Text(room));
        Assert.Contains("closed Fri 9 Jan 2026", Text(room));
    }

    [Fact]
    public async Task One_archived_meeting_in_January_with_until_is_1_of_1_expected_not_1_of_49()
    {
        await BuildAsync();
        var page = _journal.Page("review/2026/dan/index.html");

        var meetings = page.QuerySelectorAll(".review-glance div").Single(d => Text(d.QuerySelector("dt")) == "Meetings").QuerySelector("dd")!;
        Assert.Equal("1 of 1 expected (weekly)", Text(meetings));
        Assert.Equal(
            "Expected meetings: 6 days from Mon 26 Jan 2026 (the first meeting with them) to Sat 31 Jan 2026 (until:, the relationship ended), divided by the cadence of 7 days and rounded, at least 1: 1. Two notes on one day are one meeting.",
            Text(page.GetElementById(meetings.GetAttribute("aria-describedby")!)));
    }

    [Fact]
    public async Task A_former_colleague_is_listed_as_former_and_never_due_or_overdue()
    {
        await BuildAsync();

        var review = _journal.Page("review/2026/index.html");
        var rows = review.QuerySelectorAll(".review-table tbody tr").Select(Text).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Alice Chen", rows[0]);
        Assert.Equal("Former", rows[1]);
        Assert.StartsWith("Dan Ruiz (former, until Sat 31 Jan 2026) Peer (weekly) 1 / 1", rows[2]);

        var people = _journal.Page("people/index.html");
        var former = people.QuerySelectorAll("section").Single(s => Text(s.QuerySelector("h2")) == "Former");
        Assert.Equal(["Dan Ruiz"], former.QuerySelectorAll("tbody th").Select(Text));
        Assert.Empty(former.QuerySelectorAll(".overdue, .flag-overdue"));
        Assert.Contains("none, ended Sat 31 Jan 2026", Text(former));
        Assert.DoesNotContain(people.QuerySelectorAll("section").Where(s => Text(s.QuerySelector("h2")) != "Former"), s => s.TextContent.Contains("Dan Ruiz", StringComparison.Ordinal));

        Assert.DoesNotContain("Dan Ruiz", Text(_journal.Page("index.html").QuerySelector("[aria-labelledby=due-h]"))); // weekly, last met in January: overdue if still a colleague

        var person = _journal.Page("people/dan/index.html");
        Assert.Contains("former, until Sat 31 Jan 2026", Text(person.QuerySelector(".lede")));
        Assert.Empty(person.QuerySelectorAll("#cadence-h ~ dl .flag-overdue"));
        Assert.Contains("none: the relationship has ended", Text(person.QuerySelector("[aria-labelledby=cadence-h]")));
        Assert.Contains("due never (the relationship ended)", Text(_journal.Page("prep/people/dan/index.html").Body));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
