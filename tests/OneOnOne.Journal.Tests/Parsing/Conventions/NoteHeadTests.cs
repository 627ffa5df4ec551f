using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class NoteHeadTests
{
    [Fact]
    public void The_head_is_the_title_and_the_lines_before_the_first_section_with_file_lines()
    {
        var head = NoteHead.Read("\n# 1:1 with Jordan – 2026-01-21\n**Date:** Jan 21, 2026\n**Attendees:** [[Jordan]]\n\n## Notes\nWith: not an attendee line\n", 5);

        Assert.Equal(("1:1 with Jordan – 2026-01-21", 6), (head.Heading, head.HeadingLine));
        Assert.Equal([("Jan 21, 2026", 7)], head.DateLines);
        Assert.Equal([("[[Jordan]]", 8)], head.PeopleLines);
    }

    [Fact]
    public void People_tags_are_found_anywhere_in_the_body_but_not_in_links_or_other_tags()
    {
        var head = NoteHead.Read("Intro\n\n" + string.Concat(Enumerable.Repeat("line\n", 30)) + "Talked with #people/jordan-lee and #Person/Sam. See http://x/#people/no and #team/people/no\n", 1);

        Assert.Equal([("jordan-lee", 33), ("Sam", 33)], head.PeopleTags);
    }
}
