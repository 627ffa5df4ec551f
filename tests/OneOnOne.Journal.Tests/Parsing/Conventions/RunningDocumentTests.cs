using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing.Conventions;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class RunningDocumentTests
{
    [Fact]
    public void Dated_headings_split_the_body_and_the_text_before_them_joins_the_first_section()
    {
        var sections = RunningDocument.Split("Intro\n\n## 2026-01-28\nB\n### 2026-01-27 follow-up\nstill B\n## Jan 21, 2026\nA\n");

        Assert.Equal([new DateOnly(2026, 1, 28), new DateOnly(2026, 1, 21)], sections.Select(s => s.Date));
        Assert.Equal("Intro\n\n## 2026-01-28\nB\n### 2026-01-27 follow-up\nstill B", sections[0].Markdown);
        Assert.Equal((0, 2), (sections[0].FirstLine, sections[0].HeadingLine));
        Assert.Equal((6, 6), (sections[1].FirstLine, sections[1].HeadingLine));
    }

    [Fact]
    public void Bold_date_lines_split_only_without_dated_headings()
    {
        Assert.Equal(2, RunningDocument.Split("**2026-02-02**\nA\n\n__Feb 9, 2026__\nB\n").Count);
        Assert.Equal(2, RunningDocument.Split("## 2026-02-02\n**2026-02-03**\n## 2026-02-09\n").Count);
    }

    [Theory]
    [InlineData("## 2026-01-28\nOnly one meeting.\n")]
    [InlineData("## Notes\n## Next steps\n")]
    [InlineData("```\n## 2026-01-28\n## 2026-01-21\n```\n")]
    [InlineData("## 2026-02-30\n## 2026-13-01\n")]
    [InlineData("## Follow-up on the 2026-01-21 incident and the plan for the long weekend ahead\n## 2026-01-28\n")]
    public void A_body_without_two_dated_sections_is_not_a_running_document(string markdown) =>
        Assert.Empty(RunningDocument.Split(markdown));

    [Theory]
    [InlineData("2026-01-21", 2026, 1, 21)]
    [InlineData("Jan 21, 2026", 2026, 1, 21)]
    [InlineData("Wed, January 21st, 2026", 2026, 1, 21)]
    [InlineData("21 January 2026", 2026, 1, 21)]
    [InlineData("1:1 – 2026-01-21", 2026, 1, 21)]
    [InlineData("2026-01-21 (Wed)", 2026, 1, 21)]
    [InlineData("[[Aug 13th, 2024]]", 2024, 8, 13)]
    public void Heading_dates_are_read_in_the_common_forms(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), RunningDocument.DateIn(text));

    [Theory]
    [InlineData("Feb 30, 2026")]
    [InlineData("Agenda")]
    [InlineData("Q1 2026")]
    public void Other_headings_have_no_date(string text) => Assert.Null(RunningDocument.DateIn(text));

    [Fact]
    public void The_person_is_found_in_the_file_name_by_id_name_or_first_name_but_never_two_people()
    {
        var people = new PersonDirectory([Person("jordan-lee", "Jordan Lee"), Person("sam-rivera", "Sam Rivera"), Person("sam-okafor", "Sam Okafor")]);

        Assert.Equal("jordan-lee", RunningDocument.PersonInStem("jordan-lee", people));
        Assert.Equal("jordan-lee", RunningDocument.PersonInStem("Jordan Lee 1-1 doc", people));
        Assert.Equal("jordan-lee", RunningDocument.PersonInStem("jordan-1on1", people));
        Assert.Equal("sam-rivera", RunningDocument.PersonInStem("1on1 with Sam Rivera", people));
        Assert.Null(RunningDocument.PersonInStem("sam-1on1", people)); // two Sams
        Assert.Null(RunningDocument.PersonInStem("jordan-and-sam-rivera", people));
        Assert.Null(RunningDocument.PersonInStem("team sync", people));
    }
}
