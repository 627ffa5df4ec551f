using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Parsing;

public sealed class NoteFactoryTests
{
    private static readonly PersonDirectory People = new([Person("alice-chen", "Alice Chen"), Person("bob", "Bob Stone")]);
    private static readonly Dictionary<string, MeetingType> Types = new()
    {
        ["regular"] = new("regular", "Regular 1:1", "", 30, null, null, null, [], "", "t"),
        ["skip-level"] = new("skip-level", "Skip-level 1:1", "", 30, null, null, null, [], "", "t"),
    };

    private static (Note, IReadOnlyList<Diagnostic>) Create(string path, string text)
    {
        var parsed = FrontMatterParser.Parse(text);
        return NoteFactory.Create(new NoteSource(path, Slug.From(Path.GetFileNameWithoutExtension(path)), parsed.FrontMatter, MarkdownBody.Empty, "", ""), People, Types);
    }

    [Theory]
    [InlineData("with")]
    [InlineData("person")]
    [InlineData("attendees")]
    [InlineData("participant")]
    public void Synonyms_of_with_name_the_people(string key)
    {
        var (note, diagnostics) = Create("input/notes/x.md", $"---\ndate: 2026-03-04\n{key}: Alice Chen\n---\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["alice-chen"], note.With);
    }

    [Theory]
    [InlineData("input/notes/2026/2026-03-04-alice-chen.md")]
    [InlineData("input/notes/2026/2026-03-04 Alice Chen.md")]
    public void Without_front_matter_date_and_person_come_from_the_file_name(string path)
    {
        var (note, diagnostics) = Create(path, "Just notes\n- [ ] a task\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2026, 3, 4), note.Date);
        Assert.Equal(["alice-chen"], note.With);
        Assert.Equal("Regular 1:1 with Alice Chen", note.Title);
        Assert.Equal("notes/2026/2026-03-04-alice-chen/", note.Permalink);
    }

    [Fact]
    public void Date_with_time_type_mood_tags_private_and_next_are_read()
    {
        var (note, diagnostics) = Create("input/notes/n.md", "---\ndate: 2026-03-04T15:30\nwith: [alice-chen, bob]\ntype: skip-level\nmood: 4\ntags: [Career, '#search']\nprivate: true\nnext: [Promo timeline]\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new TimeOnly(15, 30), note.Time);
        Assert.Equal(["alice-chen", "bob"], note.With);
        Assert.Equal("skip-level", note.TypeId);
        Assert.Equal(4, note.Mood);
        Assert.Equal(["career", "search"], note.Tags);
        Assert.True(note.IsPrivate);
        Assert.Equal(["Promo timeline"], note.Next);
        Assert.Equal("Skip-level 1:1 with Alice Chen & Bob Stone", note.Title);
    }

    [Fact]
    public void Type_status_mood_and_an_impossible_date_are_reported_with_their_lines_and_an_unknown_person_is_inferred()
    {
        var (note, diagnostics) = Create("input/notes/n.md", "---\ndate: 2026-02-30\nwith: carol\ntype: standup\nmood: 9\ngoals:\n  - id: g\n    title: G\n    status: green\n---\n");

        var byLine = diagnostics.ToDictionary(d => d.Line, d => d);
        Assert.Equal(Severity.Error, byLine[2].Severity);
        Assert.Contains("not a real date", byLine[2].Message);
        Assert.False(byLine.ContainsKey(3)); // issue #15: a name a note gives explicitly is an inferred person, not an error
        Assert.Equal(["carol"], note.With);
        Assert.Equal("Carol", note.InferredPeople["carol"]);
        Assert.Equal(Severity.Warning, byLine[4].Severity);
        Assert.Contains("unknown meeting type 'standup'", byLine[4].Message);
        Assert.Contains("mood '9'", byLine[5].Message);
        Assert.Contains("unknown goal status 'green'", byLine[9].Message);
        Assert.False(note.IsPlaced);
        Assert.Equal("regular", note.TypeId);
        Assert.Equal("carol", Assert.Single(note.Goals).PersonId); // scoped to the inferred person
    }
}
