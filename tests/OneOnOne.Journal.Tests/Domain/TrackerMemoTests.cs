using OneOnOne.Journal.Domain;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Domain;

/// <summary>Tracking with a <see cref="TrackerMemo"/> (preview) gives exactly what tracking everything gives, and re-tracks only the changed people.</summary>
public sealed class TrackerMemoTests
{
    private static GoalMention Mention(string person, string id, string? title, GoalStatus? status = null, int? progress = null) =>
        new(id, person, title, null, status, progress, null, 5);

    private static List<Note> Journal() =>
    [
        Make("2026-01-05", ["alice"], Open("Draft the plan"), Done("Book the room")) with { Goals = [Mention("alice", "search", "Ship search", GoalStatus.OnTrack, 10)] },
        Make("2026-01-12", ["alice"], Done("Draft the plan"), Open("Review the doc")) with { Goals = [Mention("alice", "search", null, progress: 40), Mention("alice", "talk", null)] },
        Make("2026-01-06", ["bob", "carol"], Open("Write the handover"), Open("Plan the offsite")),
        Make("2026-01-20", ["carol"], Done("Write the handover"), Open("Draft the plan")),
        Make("2026-01-21", ["bob"], Done("Plan the offsite")) with { Goals = [Mention("bob", "lead", "Lead the team", GoalStatus.AtRisk)] },
        Make("2026-01-22", ["dana"], Open("Draft the plan"), Open("Draft the plan"), Done("Draft the plan")),
        Make("2026-02-02", ["dana"], Open("Book the room")),
    ];

    [Fact]
    public void Memo_tracking_equals_tracking_everything_across_edits_and_reuses_unchanged_people()
    {
        var memo = new TrackerMemo();
        var notes = Journal();
        AssertSame(notes, memo);

        // unchanged notes: every group reused
        AssertSame(notes, memo);
        Assert.Equal(0, memo.Tracked);

        // an edit to alice's note: only alice is tracked again (her goals, her action group)
        notes[1] = notes[1] with { Tasks = [Open("Draft the plan"), Open("Review the doc")] };
        AssertSame(notes, memo);
        Assert.Equal(2, memo.Tracked);

        // a shared meeting joins alice's group with dana's; then a note is deleted
        notes.Add(Make("2026-02-03", ["alice", "dana"], Done("Book the room"), Done("Review the doc")));
        AssertSame(notes, memo);
        notes.RemoveAt(3);
        AssertSame(notes, memo);
        Assert.True(memo.Reused > 0);
    }

    [Fact]
    public void Memo_tracking_equals_tracking_everything_over_many_random_edits()
    {
        // 12 people, a few shared meetings, tasks drawn from a small set of texts so that keys repeat across notes
        var random = new Random(20261122);
        string[] people = [.. Enumerable.Range(0, 12).Select(i => $"p{i:00}")];
        string[] texts = ["Draft the plan", "Book the room", "Review the doc", "Write the handover", "Plan the offsite", "Fix the alert"];
        Note RandomNote(int day) => Make(
            new DateOnly(2026, 1, 1).AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            random.Next(8) == 0 ? [people[random.Next(12)], people[random.Next(12)]] : [people[random.Next(12)]],
            [.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(3) == 0 ? Done(texts[random.Next(texts.Length)]) : Open(texts[random.Next(texts.Length)]))]);
        // a day of its own per note: no two notes tie in date order, so every edit takes the merge, not the fallback sort
        var days = new Queue<int>(Enumerable.Range(0, 1000).OrderBy(_ => random.Next()));
        var notes = Enumerable.Range(0, 150).Select(_ => RandomNote(days.Dequeue())).ToList();
        var memo = new TrackerMemo();
        AssertSame(notes, memo);
        for (var edit = 0; edit < 60; edit++)
        {
            switch (random.Next(4))
            {
                case 0:
                    notes.Add(RandomNote(days.Dequeue()));
                    break;
                case 1:
                    notes.RemoveAt(random.Next(notes.Count));
                    break;
                default:
                    // an edit in place: other tasks, the same date and people (a save in preview)
                    var i = random.Next(notes.Count);
                    notes[i] = notes[i] with { Tasks = RandomNote(0).Tasks };
                    break;
            }

            AssertSame(notes, memo);
        }

        // the tracked groups' items were merged into the previous order, not sorted again with everyone's
        Assert.Equal(60, memo.ActionMerges);
    }

    private static void AssertSame(List<Note> notes, TrackerMemo memo)
    {
        (memo.Reused, memo.Tracked) = (0, 0);
        var expectedActions = ActionTracker.Track(notes);
        var expectedGoals = GoalTracker.Track(notes);
        var goals = GoalTracker.Track(notes, memo);
        var actions = ActionTracker.Track(notes, memo);
        Assert.Equal(expectedActions.Select(Describe), actions.Select(Describe));
        Assert.Equal(expectedGoals.Goals.Select(Describe), goals.Goals.Select(Describe));
        Assert.Equal(expectedGoals.Diagnostics.Select(d => d.ToString()).Order(), goals.Diagnostics.Select(d => d.ToString()).Order());
    }

    private static string Describe(ActionItem a) =>
        $"{a.Key}|{a.Text}|{a.Owner}|{a.Due}|{string.Join(",", a.People)}|{a.OpenedIn.Slug}|{a.ClosedIn?.Slug}|{a.ClosedOn}|{string.Join(",", a.Mentions.Select(n => n.Slug))}";

    private static string Describe(Goal g) =>
        $"{g.PersonId}/{g.Id}/{g.Title}/{g.Horizon}: " + string.Join(", ", g.History.Select(p => $"{p.Date} {p.Status} {p.Progress} {p.Note.Slug}"));
}
