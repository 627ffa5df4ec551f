namespace OneOnOne.Journal.Domain;

/// <summary>
/// Builds each goal's dated history from the notes that mention it (DESIGN.md, "Goals"): a mention
/// without status or progress keeps the previous value; the title comes from the first mention that
/// gives one. A goal whose first mention has no title is reported as a warning.
/// </summary>
public static class GoalTracker
{
    /// <summary>Returns the goals, ordered by person then start date, and the warnings found.</summary>
    /// <param name="notes">Notes in any order; notes without a date are ignored.</param>
    public static (IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics) Track(IEnumerable<Note> notes) =>
        TrackOrdered(notes.Where(n => n.Date is not null).OrderBy(n => n.SortKey, NoteOrder.Instance), null);

    /// <summary>
    /// The same result as <see cref="Track(IEnumerable{Note})"/> (diagnostics in another order), tracked
    /// per person (a goal belongs to one person): a person whose goal-mentioning notes are the same
    /// objects as in <paramref name="memo"/> gets the earlier goals back. Updates the memo.
    /// </summary>
    internal static (IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics) Track(IEnumerable<Note> notes, TrackerMemo memo)
    {
        var byPerson = new Dictionary<string, List<Note>>(StringComparer.Ordinal);
        foreach (var note in NoteOrder.Ascending(notes.Where(n => n.Date is not null && n.Goals.Count > 0)))
        {
            foreach (var mention in note.Goals)
            {
                if (!byPerson.TryGetValue(mention.PersonId, out var list))
                {
                    byPerson[mention.PersonId] = list = [];
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], note))
                {
                    list.Add(note);
                }
            }
        }

        var next = new Dictionary<string, (List<Note> Notes, IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics)>(StringComparer.Ordinal);
        var goals = new List<Goal>();
        var diagnostics = new List<Diagnostic>();
        foreach (var person in byPerson.Keys.Order(StringComparer.Ordinal))
        {
            var personNotes = byPerson[person];
            if (memo.Goals.TryGetValue(person, out var entry) && TrackerMemo.SameNotes(entry.Notes, personNotes))
            {
                memo.CountReused();
            }
            else
            {
                var (personGoals, personDiagnostics) = TrackOrdered(personNotes, person);
                entry = (personNotes, personGoals, personDiagnostics);
                memo.CountTracked();
                memo.AddRetracked([person]);
            }

            next[person] = entry;
            goals.AddRange(entry.Goals);
            diagnostics.AddRange(entry.Diagnostics);
        }

        memo.Goals = next;
        return (goals, diagnostics);
    }

    /// <summary>Tracks notes already in date order (oldest first); only the mentions of <paramref name="onlyPerson"/> when given.</summary>
    private static (IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics) TrackOrdered(IEnumerable<Note> ordered, string? onlyPerson)
    {
        var diagnostics = new List<Diagnostic>();
        var builders = new Dictionary<(string, string), (string? Title, GoalHorizon? Horizon, List<GoalPoint> Points)>();
        foreach (var note in ordered)
        {
            foreach (var mention in note.Goals)
            {
                if (onlyPerson is not null && !string.Equals(mention.PersonId, onlyPerson, StringComparison.Ordinal))
                {
                    continue;
                }

                var key = (mention.PersonId, mention.GoalId);
                if (!builders.TryGetValue(key, out var goal))
                {
                    if (mention.Title is null)
                    {
                        diagnostics.Add(Diagnostic.Warning(note.SourcePath, mention.Line,
                            $"goal '{mention.GoalId}' is mentioned for the first time without a title; add 'title:' to this mention"));
                    }

                    goal = (mention.Title, mention.Horizon, []);
                }

                var previous = goal.Points.Count > 0 ? goal.Points[^1] : null;
                goal.Points.Add(new GoalPoint(
                    note.Date!.Value,
                    note,
                    mention.Status ?? previous?.Status ?? GoalStatus.OnTrack,
                    mention.Progress ?? previous?.Progress,
                    mention.Comment));
                builders[key] = (goal.Title ?? mention.Title, mention.Horizon ?? goal.Horizon, goal.Points);
            }
        }

        var goals = builders
            .Select(kv => new Goal(kv.Key.Item1, kv.Key.Item2, kv.Value.Title ?? Person.NameFromId(kv.Key.Item2), kv.Value.Horizon, kv.Value.Points))
            .OrderBy(g => g.PersonId, StringComparer.Ordinal)
            .ThenBy(g => g.StartedOn)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
        return (goals, diagnostics);
    }
}
