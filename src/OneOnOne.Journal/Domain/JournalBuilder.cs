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
    /// <param name="people">People in any order.</param>
    /// <param name="notes">Notes in any order.</param>
    /// <param name="meetingTypes">Meeting types in display order; must contain at least one type.</param>
    /// <returns>The journal and the problems found while aggregating (e.g. goals without titles).</returns>
    public static (JournalModel Journal, IReadOnlyList<Diagnostic> Diagnostics) Build(
        string title,
        string owner,
        DateOnly today,
        int staleGoalDays,
        IEnumerable<Person> people,
        IEnumerable<Note> notes,
        IReadOnlyList<MeetingType> meetingTypes)
    {
        var noteList = notes.OrderByDescending(n => n.SortKey, NoteOrder.Instance).ToList();
        var (goals, diagnostics) = GoalTracker.Track(noteList);
        var actions = ActionTracker.Track(noteList);
        var peopleList = people.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var journal = new JournalModel(title, owner, today, staleGoalDays, peopleList, noteList, meetingTypes, goals, actions);
        return (journal, diagnostics);
    }
}
