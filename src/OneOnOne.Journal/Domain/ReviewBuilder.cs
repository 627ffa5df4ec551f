using System.Runtime.CompilerServices;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// Computes years in review from a <see cref="JournalModel"/>. Pure: no I/O. Only notes dated on or
/// before <see cref="JournalModel.Today"/> count (a note dated in the future is a plan, not a meeting).
/// </summary>
public static class ReviewBuilder
{
    /// <summary>The review years that hold at least one placed note up to today, newest first.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="startMonth">The month review years start in (1..12).</param>
    /// <remarks>Computed once per journal model and start month (every person page asks: per journal, not per page).</remarks>
    public static IReadOnlyList<ReviewYear> YearsWithMeetings(JournalModel journal, int startMonth) =>
        PerJournal.GetValue(journal, j => new Memo(j)).Years.GetOrAdd(startMonth, m =>
        [.. journal.Notes
            .Where(n => n.IsPlaced && n.Date <= journal.Today)
            .Select(n => ReviewYear.Containing(n.Date!.Value, m))
            .Distinct()
            .OrderByDescending(y => y.Year)]);

    /// <summary>Journal-wide results that every page would otherwise recompute; a journal model does not change once built.</summary>
    private sealed class Memo(JournalModel journal)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<ReviewYear>> Years { get; } = new();

        /// <summary>The date of the journal's first placed note, or null when there is none.</summary>
        public Lazy<DateOnly?> FirstNoteDate { get; } = new(() => journal.Notes.Where(n => n.IsPlaced).Select(n => (DateOnly?)n.Date!.Value).Min());
    }

    private static readonly ConditionalWeakTable<JournalModel, Memo> PerJournal = new();

    /// <summary>Ids of the people met in a review year (up to today), in the journal's order (by name).</summary>
    public static IReadOnlyList<string> PeopleMetIn(JournalModel journal, ReviewYear year) =>
        [.. journal.People.Where(p => NotesIn(journal, p.Id, year).Count > 0).Select(p => p.Id)];

    /// <summary>The whole journal's review of a year.</summary>
    public static JournalReview ForJournal(JournalModel journal, ReviewYear year)
    {
        var people = PeopleMetIn(journal, year).Select(id => ForPerson(journal, id, year)).ToList();
        var notes = journal.Notes.Where(n => n.IsPlaced && year.Contains(n.Date!.Value) && n.Date <= journal.Today).OrderBy(n => n.SortKey).ToList();
        var upward = notes.Where(n => n.With.Any(id => journal.PersonById.TryGetValue(id, out var p) && JournalReview.UpwardRelationships.Contains(p.Relationship))).ToList();
        return new JournalReview(
            year,
            people,
            notes.Count,
            [.. upward.SelectMany(n => n.Wins.Select(w => new WinItem(n, w)))],
            [.. upward.SelectMany(n => n.Feedback.Where(f => f.Direction == FeedbackDirection.Received).Select(f => new FeedbackItem(n, f)))]);
    }

    /// <summary>One person's review of a year.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="personId">A person id of the journal; throws <see cref="KeyNotFoundException"/> otherwise.</param>
    /// <param name="year">The review year.</param>
    public static PersonReview ForPerson(JournalModel journal, string personId, ReviewYear year)
    {
        var person = journal.PersonById[personId];
        var today = journal.Today;
        var notes = NotesIn(journal, personId, year);

        // the active period: the year, from `since:` (else the first note with the person) and from the journal's
        // first note on, up to `until:` and today; someone met once in January and gone since is not 1 of 49
        var from = year.Start;
        var firstWithPerson = journal.NotesFor(personId).Select(n => (DateOnly?)n.Date!.Value).Min();
        if ((person.Since ?? firstWithPerson) is { } start && start > from)
        {
            from = start;
        }

        var journalStart = PerJournal.GetValue(journal, j => new Memo(j)).FirstNoteDate.Value ?? from;
        if (journalStart > from)
        {
            from = journalStart;
        }

        var to = today < year.End ? today : year.End;
        if (person.Until is { } until && until < to)
        {
            to = until;
        }

        var active = to >= from;
        var activeDays = active ? to.DayNumber - from.DayNumber + 1 : 0;
        // at least one: the period starts at the first meeting when no since: is given, and a meeting at its start is due
        var expected = active ? Math.Max(1, (int)Math.Round(activeDays / (double)person.Cadence.Days, MidpointRounding.AwayFromZero)) : 0;

        // gaps: between consecutive meeting dates (any year), the later one in this year
        var byDate = journal.NotesFor(personId)
            .Where(n => n.Date <= today)
            .GroupBy(n => n.Date!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.SortKey).First())
            .ToList();
        var gaps = new List<MeetingGap>();
        for (var i = 1; i < byDate.Count; i++)
        {
            var after = byDate[i];
            if (!year.Contains(after.Date!.Value))
            {
                continue;
            }

            var days = after.Date!.Value.DayNumber - byDate[i - 1].Date!.Value.DayNumber;
            gaps.Add(new MeetingGap(byDate[i - 1], after, days, days <= person.Cadence.Days + person.Cadence.GraceDays));
        }

        var end = today < year.End ? today : year.End; // open items are counted to the year end even after until:
        var goals = journal.GoalsFor(personId)
            .Select(g => Review(g, year, today))
            .OfType<GoalReview>()
            .OrderBy(g => g.Goal.StartedOn)
            .ThenBy(g => g.Goal.Id, StringComparer.Ordinal)
            .ToList();
        var actions = journal.ActionsFor(personId);
        List<ActionItem> opened = [.. actions.Where(a => year.Contains(a.OpenedOn) && a.OpenedOn <= today)];
        List<ActionItem> closed = [.. actions.Where(a => a.ClosedAt is { } c && year.Contains(c) && c <= today)];
        List<ActionItem> stillOpen = [.. actions.Where(a => a.OpenedOn <= end && a.OpenedOn <= today && (a.ClosedAt is not { } c || c > end))];

        return new PersonReview
        {
            Person = person,
            Year = year,
            ActiveFrom = active ? from : null,
            ActiveTo = active ? to : null,
            ActiveDays = activeDays,
            Expected = expected,
            Held = notes.Select(n => n.Date!.Value).Distinct().Count(),
            Notes = notes,
            Gaps = gaps,
            ByType = Counts(notes.Select(n => n.TypeId)),
            ByMonth = [.. year.Months.Select(m => new MonthCount(m, notes.Count(n => n.Date!.Value.Year == m.Year && n.Date!.Value.Month == m.Month)))],
            Goals = goals,
            Wins = [.. notes.SelectMany(n => n.Wins.Select(w => new WinItem(n, w)))],
            Feedback = [.. notes.SelectMany(n => n.Feedback.Select(f => new FeedbackItem(n, f)))],
            ActionsOpened = opened,
            ActionsClosed = closed,
            ActionsStillOpen = stillOpen,
            ActionsByOwner = ActionFigures.Split(personId, opened, closed, stillOpen, end),
            TopTags = [.. Counts(notes.SelectMany(n => n.Tags)).Take(5)],
            Evidence = [.. notes.Where(n => n.Wins.Count > 0 || n.Feedback.Count > 0).Select(n => new EvidenceItem(n, n.Wins.Count, n.Feedback.Count))],
        };
    }

    /// <summary>The placed notes with a person dated in the year and not after today, oldest first.</summary>
    public static IReadOnlyList<Note> NotesIn(JournalModel journal, string personId, ReviewYear year) =>
        [.. journal.NotesFor(personId).Where(n => year.Contains(n.Date!.Value) && n.Date <= journal.Today).OrderBy(n => n.SortKey)];

    private static GoalReview? Review(Goal goal, ReviewYear year, DateOnly today)
    {
        var points = goal.History.Where(p => year.Contains(p.Date) && p.Date <= today).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var last = points[^1];
        var firstDropped = goal.History.FirstOrDefault(p => p.Status == GoalStatus.Dropped)?.Date;
        var reached = goal.ReachedOn;
        return new GoalReview(
            goal,
            points,
            last.Status,
            last.Progress,
            Started: year.Contains(goal.StartedOn) && goal.StartedOn <= today,
            Reached: reached is { } r && year.Contains(r) && r <= today,
            Dropped: firstDropped is { } d && year.Contains(d) && d <= today,
            ProgressAtStart: goal.History.LastOrDefault(p => p.Date < year.Start && p.Progress is not null)?.Progress);
    }

    private static List<KeyCount> Counts(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count()))
            .OrderByDescending(k => k.Count)
            .ThenBy(k => k.Key, StringComparer.Ordinal)];
}
