using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class MeetingTypeSpellingsTests
{
    private static readonly string[] Known = ["regular", "skip-level", "introductory"];

    [Theory]
    [InlineData("one_on_one", "regular")]
    [InlineData("1:1", "regular")]
    [InlineData("1-on-1", "regular")]
    [InlineData("One-on-One", "regular")]
    [InlineData("skip", "skip-level")]
    [InlineData("skip_level", "skip-level")]
    [InlineData("intro", "introductory")]
    public void Common_spellings_map_to_the_meeting_types(string text, string id)
    {
        Assert.Equal(id, MeetingTypeSpellings.Resolve(text, Known));
    }

    [Fact]
    public void Unknown_spellings_and_types_the_journal_lacks_map_to_nothing()
    {
        Assert.Null(MeetingTypeSpellings.Resolve("standup", Known));
        Assert.Null(MeetingTypeSpellings.Resolve("intro", ["regular"]));
    }
}
