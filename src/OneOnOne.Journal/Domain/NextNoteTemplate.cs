using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// Composes the text of the next note with a person (DESIGN.md, "Command line": <c>new</c>), from the
/// journal as it stands on the meeting's date. Pure: no I/O, the same inputs give the same text.
/// </summary>
/// <remarks>
/// The note has front matter (<c>date</c>, <c>with</c>, <c>type</c>, and a <c>goals:</c> list holding
/// every goal in flight with its last status and progress, for the user to update), then the sections
/// <c>## Agenda</c> (the type's agenda skeleton for the owner's side of the table with that person,
/// <see cref="MeetingSides.For"/>: a report's note gets the manager's agenda, a manager's the report's; then the topics still queued,
/// <see cref="QueuedTopics"/>), <c>## Notes</c>, <c>## Feedback</c>, <c>## Wins</c> and <c>## Action items</c> (every
/// item still open, unchecked, with its owner as <c>@id</c> / <c>@me</c> and its due date as
/// <c>due:YYYY-MM-DD</c>, so that checking it in the new note closes it). "As it stands on the date":
/// only notes dated on or before it count, so a back-dated note carries what was open then.
/// </remarks>
public static class NextNoteTemplate
{
    /// <summary>The note's path relative to the notes folder: <c>&lt;yyyy&gt;/&lt;yyyy-MM-dd&gt;-&lt;person id&gt;.md</c>.</summary>
    public static string RelativePath(string personId, DateOnly date) =>
        $"{date.Year.ToString("D4", CultureInfo.InvariantCulture)}/{Iso(date)}-{personId}.md";

    /// <summary>
    /// The action items open with a person on <paramref name="date"/>: opened on or before it and not
    /// closed by a note dated on or before it; oldest first, then in the order the opening note lists them.
    /// </summary>
    public static IReadOnlyList<ActionItem> OpenActions(JournalModel journal, string personId, DateOnly date) =>
        [.. journal.ActionsFor(personId)
            .Where(a => a.OpenedOn <= date && (a.ClosedIn?.Date is not { } closed || closed > date))
            .OrderBy(a => a.OpenedIn.SortKey)
            .ThenBy(a => a.OpenedIn.Tasks.Select(t => t.Key).ToList().IndexOf(a.Key))];

    /// <summary>The person's goals in flight on <paramref name="date"/>, each with its latest data point on or before it.</summary>
    public static IReadOnlyList<(Goal Goal, GoalPoint Point)> GoalsInFlight(JournalModel journal, string personId, DateOnly date) =>
        [.. journal.GoalsFor(personId)
            .Select(g => (Goal: g, Point: g.History.LastOrDefault(p => p.Date <= date)))
            .Where(x => x.Point is not null && x.Point.Status is not (GoalStatus.Done or GoalStatus.Dropped))
            .Select(x => (x.Goal, x.Point!))];

    /// <summary>
    /// The topics still queued with the person on <paramref name="date"/> (<see cref="TopicQueue.Pending"/>):
    /// queued by any earlier note, not only the latest, until a later note mentions or drops them; oldest first.
    /// </summary>
    public static IReadOnlyList<string> QueuedTopics(JournalModel journal, string personId, DateOnly date) =>
        TopicQueue.Pending(journal.NotesFor(personId), date);

    /// <summary>Composes the note.</summary>
    /// <param name="journal">The journal model.</param>
    /// <param name="personId">A person id of <paramref name="journal"/> (already resolved from a name or alias).</param>
    /// <param name="type">The meeting type whose agenda skeleton to use (the side that the person's relationship puts the owner on).</param>
    /// <param name="date">The meeting's date.</param>
    /// <returns>The Markdown text with LF line endings.</returns>
    public static string Compose(JournalModel journal, string personId, MeetingType type, DateOnly date)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("date: ").Append(Iso(date)).Append('\n');
        text.Append("with: ").Append(personId).Append('\n');
        text.Append("type: ").Append(type.Id).Append('\n');
        var goals = GoalsInFlight(journal, personId, date);
        if (goals.Count > 0)
        {
            text.Append("goals:                # in flight: update status and progress, or remove the ones not discussed\n");
            foreach (var (goal, point) in goals)
            {
                text.Append("  - id: ").Append(goal.Id).Append("  # ").Append(OneLine(goal.Title)).Append('\n');
                text.Append("    status: ").Append(Enums.ToJournal(point.Status)).Append('\n');
                if (point.Progress is { } progress)
                {
                    text.Append("    progress: ").Append(progress.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
            }
        }

        text.Append("---\n");
        text.Append("## Agenda\n");
        var side = journal.PersonById.TryGetValue(personId, out var person) ? MeetingSides.For(person.Relationship) : MeetingSide.Neutral;
        foreach (var item in type.SidesFor(side)[0].Agenda)
        {
            text.Append("- ");
            if (item.Minutes is { } minutes)
            {
                text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append(" min: ");
            }

            text.Append(OneLine(item.Text)).Append('\n');
        }

        var topics = QueuedTopics(journal, personId, date);
        if (topics.Count > 0)
        {
            text.Append("\n### Queued topics\n");
            foreach (var topic in topics)
            {
                text.Append("- ").Append(OneLine(topic)).Append('\n');
            }
        }

        text.Append("\n## Notes\n\n\n## Feedback\n\n\n## Wins\n\n\n## Action items\n");
        foreach (var action in OpenActions(journal, personId, date))
        {
            text.Append("- [ ] ");
            if (action.Owner is { } owner)
            {
                text.Append('@').Append(owner).Append(' ');
            }

            text.Append(OneLine(action.Text));
            if (action.Due is { } due)
            {
                text.Append(" due:").Append(Iso(due));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
