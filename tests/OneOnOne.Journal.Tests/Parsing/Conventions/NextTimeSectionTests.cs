using Markdig;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class NextTimeSectionTests
{
    [Theory]
    [InlineData("Next time")]
    [InlineData("Next 1:1:")]
    [InlineData("Topics for next time")]
    [InlineData("TOPICS FOR NEXT 1:1")]
    [InlineData("Next meeting")]
    public void Next_time_headings_are_recognised(string heading) => Assert.True(NextTimeSection.IsHeading(heading));

    [Theory]
    [InlineData("Notes")]
    [InlineData("Next steps")]
    public void Other_headings_are_not(string heading) => Assert.False(NextTimeSection.IsHeading(heading));

    [Fact]
    public void Items_of_the_section_are_topics_tasks_stay_tasks_and_the_section_ends_at_the_next_heading()
    {
        var body = MarkdownAnalyzer.Analyze(Markdown.Parse("## Next 1:1\n- Conference budget\n- [ ] @me Book the room\n- ~~Old topic~~\n## Notes\n- not a topic\n", MarkdownPipelines.Notes), 1);

        Assert.Equal(["Conference budget"], body.Next);
        Assert.Equal(["Old topic"], body.DroppedNext);
        Assert.Equal(["Book the room"], body.Tasks.Select(t => t.Text));
    }
}
