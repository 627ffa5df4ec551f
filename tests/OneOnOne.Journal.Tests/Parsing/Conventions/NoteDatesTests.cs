using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class NoteDatesTests
{
    [Theory]
    [InlineData("1:1 with Jordan – 2026-01-21", "2026-01-21")]
    [InlineData("Jan 21, 2026", "2026-01-21")]
    [InlineData("January 21st, 2026", "2026-01-21")]
    [InlineData("Aug 13th, 2024", "2024-08-13")]
    [InlineData("21 Jan 2026", "2026-01-21")]
    [InlineData("Sync 2026/01/21", "2026-01-21")]
    [InlineData("21/01/2026", "2026-01-21")]
    [InlineData("01/21/2026", "2026-01-21")]
    [InlineData("24-12-20", "2024-12-20")]
    [InlineData("20/12/24", "2024-12-20")]
    [InlineData("12/20/24", "2024-12-20")]
    public void Dates_written_by_hand_are_read(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NoteDates.InText(text));
    }

    [Theory]
    [InlineData("05-06-07")] // year, month or day first: three readings
    [InlineData("12-01-24")] // could be month first
    [InlineData("05/06/24")] // day or month first
    [InlineData("03/04/2026")] // day or month first
    [InlineData("2026-02-30")] // not a real day
    [InlineData("Weekly sync")]
    [InlineData("Feb 30, 2026")]
    public void Ambiguous_or_impossible_dates_are_not_read(string text)
    {
        Assert.Null(NoteDates.InText(text));
    }

    [Theory]
    [InlineData("input/notes/2026/01/21/1on1.md", "", "2026-01-21")]
    [InlineData("input/notes/2026-01-21/sync.md", "", "2026-01-21")]
    [InlineData("input/journals/2024_08_13.md", "", "2024-08-13")]
    [InlineData("input/notes/x.md", "# Jan 21, 2026\n", "2026-01-21")]
    [InlineData("input/notes/x.md", "Intro\n**Date:** 2026-01-21\n", "2026-01-21")]
    [InlineData("input/notes/x.md", "- [[Aug 13th, 2024]] with [[Jordan]]\n", "2024-08-13")]
    [InlineData("input/notes/24-12-20 Jordan.md", "", "2024-12-20")]
    public void Dates_come_from_the_path_and_the_top_of_the_body(string path, string body, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NoteDates.Find(path, null, NoteHead.Read(body, 1))?.Date);
    }

    [Theory]
    [InlineData("created: 2026-01-21T09:30")]
    [InlineData("date created: 2026-01-21")]
    [InlineData("created: \"[[2026-01-21]]\"")]
    public void Created_properties_give_the_date(string frontMatter)
    {
        var fm = FrontMatterParser.Parse($"---\n{frontMatter}\n---\n").FrontMatter;
        Assert.Equal(new DateOnly(2026, 1, 21), NoteDates.Find("input/notes/x.md", fm, NoteHead.Empty)?.Date);
    }

    [Theory]
    [InlineData("input/notes/2026/01/notes.md")] // a month folder is not a day
    [InlineData("input/notes/05-06-07 Jordan.md")]
    [InlineData("input/notes/Jordan.md")]
    public void No_date_is_made_up(string path)
    {
        Assert.Null(NoteDates.Find(path, null, NoteHead.Read("Some text about 3 things.\n", 1)));
    }
}
