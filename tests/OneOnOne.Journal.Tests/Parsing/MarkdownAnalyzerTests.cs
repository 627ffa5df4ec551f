using Markdig;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

public sealed class MarkdownAnalyzerTests
{
    private static MarkdownBody Analyze(string markdown, int bodyLine = 1) =>
        MarkdownAnalyzer.Analyze(Markdown.Parse(markdown, MarkdownPipelines.Notes), bodyLine);

    [Fact]
    public void Task_items_anywhere_in_the_body_are_found_with_file_lines()
    {
        var body = Analyze("## Notes\nText\n- [ ] @bob First due:2026-01-02\n\n## Action items\n- [x] Second\n- plain item\n", bodyLine: 6);

        Assert.Equal(["First", "Second"], body.Tasks.Select(t => t.Text));
        Assert.Equal([8, 11], body.Tasks.Select(t => t.Line));
        Assert.True(body.Tasks[1].Done);
    }

    [Fact]
    public void Feedback_and_wins_sections_are_gathered_by_heading_and_classified()
    {
        var body = Analyze("## Feedback\n- Given (praise): clear write-up\n- Received (constructive): send updates earlier\n- (praise) great demo\n## Wins\n- Cut latency by 40%\n## Notes\n- not a win\n");

        Assert.Equal(3, body.Feedback.Count);
        Assert.Equal((FeedbackDirection.Given, FeedbackKind.Praise, "clear write-up"), (body.Feedback[0].Direction, body.Feedback[0].Kind, body.Feedback[0].Text));
        Assert.Equal((FeedbackDirection.Received, FeedbackKind.Constructive), (body.Feedback[1].Direction, body.Feedback[1].Kind));
        Assert.Equal((FeedbackDirection.Unspecified, FeedbackKind.Praise, "great demo"), (body.Feedback[2].Direction, body.Feedback[2].Kind, body.Feedback[2].Text));
        Assert.Equal(["Cut latency by 40%"], body.Wins);
    }

    [Fact]
    public void Inline_tags_are_collected_but_not_headings_or_urls()
    {
        var body = Analyze("We talked about #career and #Search.\nSee https://example.org/page#anchor\n");
        Assert.Equal(["career", "search"], body.Tags);
    }

    [Theory]
    [InlineData("Next time")]
    [InlineData("Next 1:1")]
    [InlineData("Topics for next time")]
    public void Next_time_sections_queue_their_items_and_a_struck_item_drops_one(string heading)
    {
        var body = Analyze($"## Notes\n- not a topic\n## {heading}\n- Promo packet\n- ~~Conference budget~~\n## Wins\n- a win\n");

        Assert.Equal(["Promo packet"], body.Next);
        Assert.Equal(["Conference budget"], body.DroppedNext);
    }
}
