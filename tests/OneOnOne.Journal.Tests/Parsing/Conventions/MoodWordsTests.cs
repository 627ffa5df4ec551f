using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class MoodWordsTests
{
    [Theory]
    [InlineData("great", 5)]
    [InlineData("Good", 4)]
    [InlineData("ok", 3)]
    [InlineData("meh", 2)]
    [InlineData("bad", 1)]
    [InlineData("😀", 5)]
    [InlineData("🙂", 4)]
    [InlineData("😐", 3)]
    [InlineData("🙁", 2)]
    [InlineData("😞", 1)]
    [InlineData("☹️", 2)]
    public void Words_and_emoji_map_to_1_to_5(string text, int mood)
    {
        Assert.Equal(mood, MoodWords.Read(text));
    }

    [Theory]
    [InlineData("fantastic")]
    [InlineData("9")]
    [InlineData("")]
    public void Anything_else_is_no_mood(string text)
    {
        Assert.Null(MoodWords.Read(text));
    }
}
