using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class NotePeopleTests
{
    private static readonly PersonDirectory People = new([
        Person("jordan", "Jordan Lee", null, "NomePersona"),
        Person("sarah", "Sarah Osei"),
    ]);

    private static List<(string, NameSource)> Find(string path, string text, string? defaultWith = null)
    {
        var parsed = FrontMatterParser.Parse(text);
        return [.. NotePeople.Find(path, parsed.FrontMatter, NoteHead.Read(parsed.Body, parsed.BodyLine), People, defaultWith).Select(n => (n.Text, n.Source))];
    }

    [Theory]
    [InlineData("---\nattendees: Jordan Lee, Sam Roe\n---\n", "Jordan Lee|Sam Roe", NameSource.Field)]
    [InlineData("---\nparticipants:\n  - \"[[Jordan Lee]]\"\n---\n", "Jordan Lee", NameSource.Field)]
    [InlineData("---\ndirectReport: \"[[Jordan Lee|Jordan]]\"\n---\n", "Jordan Lee", NameSource.Field)]
    [InlineData("---\nmanager: Sarah Osei\n---\n", "Sarah Osei", NameSource.Field)]
    [InlineData("---\ntags: [work, people/jordan-lee]\n---\n", "Jordan Lee", NameSource.Tag)]
    [InlineData("Met #person/sarah today\n", "Sarah", NameSource.Tag)]
    [InlineData("# Sync\n**Attendees:** [[Jordan Lee]], [[Sam Roe]]\n", "Jordan Lee|Sam Roe", NameSource.Line)]
    [InlineData("With: Jordan Lee and Sam Roe\n", "Jordan Lee|Sam Roe", NameSource.Line)]
    [InlineData("- attendees:: [[Jordan Lee]]\n", "Jordan Lee", NameSource.Line)]
    public void Names_come_from_fields_tags_and_attendee_lines(string text, string names, NameSource source)
    {
        Assert.Equal(names.Split('|').Select(n => (n, source)), Find("input/notes/x.md", text));
    }

    [Fact]
    public void With_wins_over_the_other_conventions()
    {
        Assert.Equal([("Sarah Osei", NameSource.With)], Find("input/notes/x.md", "---\nwith: Sarah Osei\nmanager: Jordan Lee\n---\nAttendees: Sam\n"));
    }

    [Fact]
    public void A_with_line_deep_in_the_body_is_a_sentence_not_an_attendee_list()
    {
        var body = string.Concat(Enumerable.Repeat("text\n", NoteHead.MaxLines)) + "With: the new plan\n";
        Assert.Empty(Find("input/notes/x.md", body));
    }

    [Theory]
    [InlineData("input/notes/jordan-1on1.md", "jordan")]
    [InlineData("input/notes/Sarah-Alex.md", "sarah")]
    [InlineData("input/notes/NomePersona_1-1.md", "jordan")]
    [InlineData("input/notes/Jordan Lee/notes.md", "Jordan Lee")]
    [InlineData("input/notes/People/Maria Rossi/2026-01-21.md", "Maria Rossi")]
    public void Names_come_from_file_names_when_known_and_from_folders(string path, string name)
    {
        Assert.Equal(name, Assert.Single(Find(path, "text\n")).Item1);
    }

    [Theory]
    [InlineData("input/notes/standup.md")]
    [InlineData("input/notes/Team/retro.md")]
    [InlineData("input/notes/1on1/2026/notes.md")]
    public void An_unknown_name_in_a_file_name_or_an_ordinary_folder_names_nobody(string path)
    {
        Assert.Empty(Find(path, "text\n"));
    }

    [Fact]
    public void Default_with_names_the_person_of_a_vault_about_one_person_last()
    {
        Assert.Equal([("Jordan Lee", NameSource.Default)], Find("input/notes/2026-01-21 Weekly.md", "text\n", "Jordan Lee"));
        Assert.Equal([("sarah", NameSource.FileName)], Find("input/notes/sarah-weekly.md", "text\n", "Jordan Lee"));
    }

    [Fact]
    public void More_than_the_most_attendees_besides_the_owner_is_a_group_meeting_except_with_with()
    {
        static bool Owner(string n) => n == "Alex";
        var four = Find("input/notes/x.md", "---\nattendees: [Alex, A, B, C]\n---\n");
        var five = Find("input/notes/x.md", "---\nattendees: [Alex, A, B, C, D]\n---\n");
        var with = Find("input/notes/x.md", "---\nwith: [A, B, C, D]\n---\n");
        Assert.False(NotePeople.IsGroup(NotePeople.Find("input/notes/x.md", FrontMatterParser.Parse("---\nattendees: [Alex, A, B, C]\n---\n").FrontMatter, NoteHead.Empty, People), Owner));
        Assert.True(NotePeople.IsGroup(NotePeople.Find("input/notes/x.md", FrontMatterParser.Parse("---\nattendees: [Alex, A, B, C, D]\n---\n").FrontMatter, NoteHead.Empty, People), Owner));
        Assert.False(NotePeople.IsGroup(NotePeople.Find("input/notes/x.md", FrontMatterParser.Parse("---\nwith: [A, B, C, D]\n---\n").FrontMatter, NoteHead.Empty, People), Owner));
        Assert.Equal((4, 5, 4), (four.Count, five.Count, with.Count));
    }

    [Fact]
    public void Candidates_for_the_privacy_check_include_every_convention_not_only_the_first()
    {
        var parsed = FrontMatterParser.Parse("---\nwith: Sarah Osei\n---\n**Attendees:** [[Dana Wolf]]\n");
        var candidates = NotePeople.Candidates("input/notes/Kai/ravi-1on1.md", parsed.FrontMatter, NoteHead.Read(parsed.Body, parsed.BodyLine), "Jordan Lee").ToList();
        Assert.Contains("Sarah Osei", candidates);
        Assert.Contains("Dana Wolf", candidates);
        Assert.Contains("Kai", candidates);
        Assert.Contains("ravi", candidates);
        Assert.Contains("Jordan Lee", candidates);
    }
}
