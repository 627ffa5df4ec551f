using OneOnOne.Journal.Domain;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class JournalModelTests
{
    private static readonly MeetingType Regular = new("regular", "Regular 1:1", "", 30, null, null, null, [], "", "t");
    private static readonly MeetingType Skip = new("skip-level", "Skip-level 1:1", "", 30, null, null, null, [], "", "t");

    [Fact]
    public void A_shared_meeting_is_on_every_participant_timeline_newest_first()
    {
        var shared = Make("2026-06-17", ["tomasz", "hannah"]);
        var older = Make("2026-06-01", ["tomasz"]);
        var (journal, _) = JournalBuilder.Build("t", "Sam", new DateOnly(2026, 7, 1), 42,
            [Person("tomasz", "Tomasz"), Person("hannah", "Hannah")], [older, shared], [Regular]);

        Assert.Equal([shared, older], journal.NotesFor("tomasz"));
        Assert.Equal([shared], journal.NotesFor("hannah"));
    }

    [Fact]
    public void The_usual_type_is_the_most_frequent_one_unless_the_person_file_names_one()
    {
        var notes = new[]
        {
            Make("2026-01-01", ["lena"]) with { TypeId = "skip-level" },
            Make("2026-02-01", ["lena"]) with { TypeId = "skip-level" },
            Make("2026-03-01", ["lena"]),
        };
        var (journal, _) = JournalBuilder.Build("t", "Sam", new DateOnly(2026, 7, 1), 42, [Person("lena", "Lena")], notes, [Regular, Skip]);
        Assert.Equal("skip-level", journal.UsualTypeFor("lena").Id);

        var given = Person("lena", "Lena") with { UsualType = "regular" };
        var (journal2, _) = JournalBuilder.Build("t", "Sam", new DateOnly(2026, 7, 1), 42, [given], notes, [Regular, Skip]);
        Assert.Equal("regular", journal2.UsualTypeFor("lena").Id);
    }

    [Fact]
    public void Actions_opened_and_closed_are_known_per_note()
    {
        var a = Make("2026-03-04", ["alice"], Open("Plan"), Open("Budget"));
        var b = Make("2026-03-11", ["alice"], Done("Plan"), Open("Budget"));
        var (journal, _) = JournalBuilder.Build("t", "Sam", new DateOnly(2026, 3, 12), 42, [Person("alice", "Alice")], [a, b], [Regular]);

        Assert.Equal(["Budget", "Plan"], journal.ActionsOpenedIn(a).Select(x => x.Text).Order());
        Assert.Equal(["Plan"], journal.ActionsClosedIn(b).Select(x => x.Text));
        Assert.Empty(journal.ActionsOpenedIn(b));
        Assert.Equal(1, journal.ActionsFor("alice").Count(x => x.IsOpen));
    }
}
