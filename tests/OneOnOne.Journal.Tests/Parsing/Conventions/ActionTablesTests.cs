using Markdig;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class ActionTablesTests
{
    private static MarkdownBody Analyze(string markdown, int bodyLine = 1) =>
        MarkdownAnalyzer.Analyze(Markdown.Parse(markdown, MarkdownPipelines.Notes), bodyLine);

    [Fact]
    public void Rows_of_an_action_table_are_items_with_owner_due_and_done()
    {
        var body = Analyze("| Action item | Who | Due date | Done |\n|---|---|---|---|\n| Fix the test | Jordan | 2026-01-21 | |\n| Write it up | @me | | yes |\n| Ship it | | | 2026-01-19 |\n", bodyLine: 5);

        Assert.Equal(["Fix the test", "Write it up", "Ship it"], body.Tasks.Select(t => t.Text));
        Assert.Equal(["Jordan", "me", null], body.Tasks.Select(t => t.Owner));
        Assert.Equal(new DateOnly(2026, 1, 21), body.Tasks[0].Due);
        Assert.Equal([false, true, true], body.Tasks.Select(t => t.Done));
        Assert.Equal(new DateOnly(2026, 1, 19), body.Tasks[2].DoneOn);
        Assert.Equal([7, 8, 9], body.Tasks.Select(t => t.Line));
        Assert.Empty(body.Problems);
    }

    [Fact]
    public void A_table_without_an_action_column_is_not_an_action_table() =>
        Assert.Empty(Analyze("| Owner | Due |\n|---|---|\n| Jordan | 2026-01-21 |\n").Tasks);

    [Fact]
    public void Missing_columns_and_short_rows_are_read_as_far_as_they_go()
    {
        var body = Analyze("| Owner | Action |\n|---|---|\n| Jordan |\n| Sam | Send the deck |\n|  |  |\n");

        Assert.Equal([("Send the deck", "Sam")], body.Tasks.Select(t => (t.Text, t.Owner)));
        Assert.All(body.Tasks, t => Assert.Null(t.Due));
    }

    [Fact]
    public void A_bad_due_date_is_a_problem_at_its_line_and_the_item_is_kept()
    {
        var body = Analyze("| Action | Due |\n|---|---|\n| Fix the test | next week |\n", bodyLine: 10);

        Assert.Equal("Fix the test", Assert.Single(body.Tasks).Text);
        Assert.Equal(12, Assert.Single(body.Problems).Line);
        Assert.Contains("'next week'", body.Problems[0].Message);
    }
}
