namespace OneOnOne.Journal.Domain;

/// <summary>
/// What <see cref="JournalBuilder"/> may reuse from the previous build of the same journal in a
/// long-lived process (preview): goals tracked per person and action items tracked per group of
/// people who share meetings, each with the exact notes (by reference, in order) it was computed
/// from. A group whose notes are the same objects in the same order gets its earlier result, so a
/// save re-tracks only the saved note's people. Pure and in memory; not thread-safe (one build at a time).
/// </summary>
public sealed class TrackerMemo
{
    internal Dictionary<string, (List<Note> Notes, IReadOnlyList<Goal> Goals, IReadOnlyList<Diagnostic> Diagnostics)> Goals { get; set; } = new(StringComparer.Ordinal);

    internal Dictionary<string, (List<Note> Notes, List<ActionItem> Actions)> Actions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every action item of the previous build, in the order <see cref="ActionTracker.Track(IEnumerable{Note})"/> gives them; null before the first.</summary>
    internal List<ActionItem>? SortedActions { get; set; }

    /// <summary>How many builds ordered their action items by merging the retracked groups' items into the previous order instead of sorting them all (for tests).</summary>
    internal int ActionMerges { get; set; }

    /// <summary>The people of every goal and action group the last build tracked again: their pages can change even when the saved note was not theirs (an item of a shared meeting closed in a note with only one of its people).</summary>
    public IReadOnlyCollection<string> RetrackedPeople => _retracked;

    private readonly HashSet<string> _retracked = new(StringComparer.Ordinal);

    internal void ClearRetracked() => _retracked.Clear();

    // goals and actions are tracked at the same time (JournalBuilder): what both record is locked or interlocked
    internal void AddRetracked(IEnumerable<string> people)
    {
        lock (_retracked)
        {
            _retracked.UnionWith(people);
        }
    }

    internal void CountReused() => Interlocked.Increment(ref _reused);

    internal void CountTracked() => Interlocked.Increment(ref _tracked);

    private int _reused;
    private int _tracked;

    /// <summary>Number of groups (people for goals, groups of people for actions) reused by the last build.</summary>
    public int Reused { get => _reused; internal set => _reused = value; }

    /// <summary>Number of groups tracked again by the last build.</summary>
    public int Tracked { get => _tracked; internal set => _tracked = value; }

    internal static bool SameNotes(List<Note> a, List<Note> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
