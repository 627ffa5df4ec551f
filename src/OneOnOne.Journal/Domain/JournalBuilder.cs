namespace OneOnOne.Journal.Domain;

/// <summary>
/// Computes the <see cref="JournalModel"/> from its parts. Pure: no I/O, so the whole model can be tested
/// from objects built in memory.
/// </summary>
public static class JournalBuilder
{
    /// <summary>Builds the journal.</summary>
    /// <param name="title">Site title.</param>
    /// <param name="owner">Owner's name.</param>
    /// <param name="today">Today in the journal's time zone.</param>
    /// <param name="staleGoalDays">Days after which an untouched goal is stale.</param>
    /// <param name="people">People in any order; those with <see cref="Relationship.Self"/> are left out.</param>
    /// <param name="notes">Notes in any order.</param>
    /// <param name="meetingTypes">Meeting types in display order; must contain at least one type.</param>
    /// <param name="memo">Goals and action items tracked by the previous build of the same journal (preview), reused for the people whose notes did not change, and updated; null to track everything.</param>
    /// <returns>The journal and the problems found while aggregating (e.g. goals without titles).</returns>
    public static (JournalModel Journal, IReadOnlyList<Diagnostic> Diagnostics) Build(
        string title,
        string owner,
        DateOnly today,
        int staleGoalDays,
        IEnumerable<Person> people,
        IEnumerable<Note> notes,
        IReadOnlyList<MeetingType> meetingTypes,
        TrackerMemo? memo = null)
    {
        var noteList = notes.OrderByDescending(n => n.SortKey, NoteOrder.Instance).ToList();
        if (memo is not null)
        {
            (memo.Reused, memo.Tracked) = (0, 0);
            memo.ClearRetracked();
        }

        var oldestFirst = memo is null ? null : Enumerable.Reverse(noteList).ToList();
        // goals and actions are tracked independently: at the same time (a preview save waits for both)
        var tracking = Task.Run(() => memo is null ? GoalTracker.Track(noteList) : GoalTracker.Track(oldestFirst!, memo));
        var actions = memo is null ? ActionTracker.Track(noteList) : ActionTracker.Track(oldestFirst!, memo);
        var (goals, diagnostics) = tracking.GetAwaiter().GetResult();
        // the owner's own person file is not someone the owner meets: no page, no list, no prep (issue #15)
        var peopleList = people.Where(p => p.Relationship != Relationship.Self).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var journal = new JournalModel(title, owner, today, staleGoalDays, peopleList, noteList, meetingTypes, goals, actions);
        return (journal, diagnostics);
    }
}
