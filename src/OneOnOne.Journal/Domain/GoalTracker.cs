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
    public static (IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics) Track(IEnumerable<Note> notes)
    {
        var diagnostics = new List<Diagnostic>();
        var builders = new Dictionary<(string, string), (string? Title, GoalHorizon? Horizon, List<GoalPoint> Points)>();
        foreach (var note in notes.Where(n => n.Date is not null).OrderBy(n => n.SortKey, NoteOrder.Instance))
        {
            foreach (var mention in note.Goals)
            {
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
