using Markdig;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class LogseqBlocksTests
{
    private static MarkdownBody Analyze(string markdown) =>
        MarkdownAnalyzer.Analyze(Markdown.Parse(LogseqBlocks.HideProperties(markdown), MarkdownPipelines.Notes), 1);

    [Fact]
    public void Markers_make_items_and_deadline_is_the_due_date()
    {
        var body = Analyze("- TODO Write the doc\n  DEADLINE: <2026-02-01 Sun>\n  SCHEDULED: <2026-01-25 Sun>\n  id:: 65a1\n- DONE @jordan Ship it\n- LATER Plan\n- NOW Fix\n- DOING Review\n- Todo is not a marker\n- TODOS are not either\n");

        Assert.Equal(["Write the doc", "Ship it", "Plan", "Fix", "Review"], body.Tasks.Select(t => t.Text));
        Assert.Equal(new DateOnly(2026, 2, 1), body.Tasks[0].Due);
        Assert.Equal([false, true, false, false, false], body.Tasks.Select(t => t.Done));
        Assert.Equal("jordan", body.Tasks[1].Owner);
        Assert.Equal([1, 5, 6, 7, 8], body.Tasks.Select(t => t.Line));
    }

    [Fact]
    public void A_deadline_that_is_not_a_date_is_a_problem_at_its_line_and_stays_in_the_text()
    {
        var body = Analyze("- Notes\n- TODO Write the doc\n  DEADLINE: <2026-02-30 Mon>\n");

        var task = Assert.Single(body.Tasks);
        Assert.Null(task.Due);
        Assert.Contains("DEADLINE: <2026-02-30 Mon>", task.Text);
        Assert.Equal(2, Assert.Single(body.Problems).Line);
    }

    [Fact]
    public void Property_lines_are_hidden_without_moving_the_other_lines()
    {
        var hidden = LogseqBlocks.HideProperties("title:: Jordan\n- Talked\n  id:: 1\n  collapsed:: true\nSee a::b and x:: y in text\n");

        Assert.Equal("<!-- -->\n- Talked\n  <!-- -->\n  <!-- -->\nSee a::b and x:: y in text\n", hidden);
        Assert.Same("No properties here", LogseqBlocks.HideProperties("No properties here"));
    }
}
