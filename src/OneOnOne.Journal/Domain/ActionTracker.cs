namespace OneOnOne.Journal.Domain;

/// <summary>
/// Carries action items from meeting to meeting (DESIGN.md, "Action items"): walks the placed notes
/// oldest first; an unchecked item opens an action (or is a repeat of an open one with the same key and
/// a shared person); a checked item closes the open action with the same key that shares a person with
/// the note, or is opened and closed at once when there is none.
/// </summary>
public static class ActionTracker
{
    /// <summary>Returns every action item, ordered by opening date then text.</summary>
    /// <param name="notes">Notes in any order; notes without a date or person are ignored.</param>
    public static IReadOnlyList<ActionItem> Track(IEnumerable<Note> notes) =>
        Sorted(TrackOrdered(notes.Where(n => n.IsPlaced).OrderBy(n => n.SortKey, NoteOrder.Instance)));

    /// <summary>
    /// The same result as <see cref="Track(IEnumerable{Note})"/>, tracked per group of people linked by
    /// shared meetings (an item is only ever matched by a later note with one of its people, so groups
    /// never interact): a group whose notes are the same objects, in the same order, as in
    /// <paramref name="memo"/> gets its earlier items back. Updates the memo.
    /// </summary>
    internal static IReadOnlyList<ActionItem> Track(IEnumerable<Note> notes, TrackerMemo memo)
    {
        var ordered = NoteOrder.Ascending(notes.Where(n => n.IsPlaced));

        // union-find over person ids: people who met together are in one group
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string id)
        {
            while (parent.TryGetValue(id, out var up) && !string.Equals(up, id, StringComparison.Ordinal))
            {
                var grand = parent[up];
                parent[id] = grand;
                id = grand;
            }

            parent.TryAdd(id, id);
            return id;
        }

        foreach (var note in ordered)
        {
            var first = Find(note.With[0]);
            for (var k = 1; k < note.With.Count; k++)
            {
                var other = Find(note.With[k]);
                if (!string.Equals(other, first, StringComparison.Ordinal))
                {
                    // the ordinally smaller id names the group, so a group keeps its name across builds
                    if (string.CompareOrdinal(other, first) < 0)
                    {
                        parent[first] = other;
                        first = other;
                    }
                    else
                    {
                        parent[other] = first;
                    }
                }
            }
        }

        var groups = new Dictionary<string, List<Note>>(StringComparer.Ordinal);
        foreach (var note in ordered)
        {
            var root = Find(note.With[0]);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }

            list.Add(note);
        }

        var next = new Dictionary<string, (List<Note> Notes, List<ActionItem> Actions)>(StringComparer.Ordinal);
        var all = new List<ActionItem>();
        var added = new List<ActionItem>();
        var kept = new HashSet<List<ActionItem>>(ReferenceEqualityComparer.Instance);
        foreach (var (root, groupNotes) in groups)
        {
            if (memo.Actions.TryGetValue(root, out var entry) && TrackerMemo.SameNotes(entry.Notes, groupNotes))
            {
                memo.CountReused();
                kept.Add(entry.Actions);
            }
            else
            {
                entry = (groupNotes, TrackOrdered(groupNotes));
                memo.CountTracked();
                memo.AddRetracked(groupNotes.SelectMany(n => n.With));
                added.AddRange(entry.Actions);
            }

            next[root] = entry;
            all.AddRange(entry.Actions);
        }

        // the items of the groups kept are still in order in the previous result: merge the retracked groups' items into them
        var merged = memo.SortedActions is { } previous ? Merged(previous, memo.Actions.Values.Where(e => !kept.Contains(e.Actions)), added) : null;
        memo.ActionMerges += merged is null ? 0 : 1;
        var sorted = merged ?? Sorted(all);
        memo.Actions = next;
        memo.SortedActions = sorted;
        return sorted;
    }

    /// <summary>
    /// What <see cref="Sorted"/> gives for <paramref name="previous"/> without the items of the groups
    /// <paramref name="dropped"/> and with <paramref name="added"/>, by one merge; null when an added item
    /// ties with a kept one (the full sort then decides their order).
    /// </summary>
    private static List<ActionItem>? Merged(List<ActionItem> previous, IEnumerable<(List<Note> Notes, List<ActionItem> Actions)> dropped, List<ActionItem> added)
    {
        var gone = new HashSet<ActionItem>(dropped.SelectMany(e => e.Actions), ReferenceEqualityComparer.Instance);
        var incoming = Sorted(added);
        var result = new List<ActionItem>(previous.Count - gone.Count + incoming.Count);
        var j = 0;
        foreach (var item in previous)
        {
            if (gone.Contains(item))
            {
                continue;
            }

            int order;
            while (j < incoming.Count && (order = Compare(incoming[j], item)) <= 0)
            {
                if (order == 0)
                {
                    return null;
                }

                result.Add(incoming[j++]);
            }

            result.Add(item);
        }

        for (; j < incoming.Count; j++)
        {
            result.Add(incoming[j]);
        }

        return result;
    }

    private static int Compare(ActionItem a, ActionItem b)
    {
        var byNote = NoteOrder.Instance.Compare(a.OpenedIn.SortKey, b.OpenedIn.SortKey);
        return byNote != 0 ? byNote : string.CompareOrdinal(a.Key, b.Key);
    }

    private static List<ActionItem> Sorted(IEnumerable<ActionItem> items) =>
        [.. items.OrderBy(a => a.OpenedIn.SortKey, NoteOrder.Instance).ThenBy(a => a.Key, StringComparer.Ordinal)];

    /// <summary>
    /// True when none of <paramref name="people"/> was met strictly between <paramref name="due"/> and
    /// <paramref name="closing"/> (meetings on the closing day are the same meeting): the closing note is then
    /// the first meeting after the due date.
    /// </summary>
    private static bool FirstMeetingAfter(Dictionary<string, List<DateOnly>> met, IEnumerable<string> people, DateOnly due, DateOnly closing)
    {
        foreach (var id in people)
        {
            if (!met.TryGetValue(id, out var dates))
            {
                continue;
            }

            // the latest meeting before the closing day
            for (var i = dates.Count - 1; i >= 0; i--)
            {
                if (dates[i] < closing)
                {
                    if (dates[i] > due)
                    {
                        return false;
                    }

                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Tracks placed notes already in date order (oldest first); the items unsorted: open ones by key, then closed ones.</summary>
    private static List<ActionItem> TrackOrdered(IEnumerable<Note> ordered)
    {
        // open items by key, oldest first: a lookup per task instead of a scan of every open item
        var open = new Dictionary<string, List<ActionItem>>(StringComparer.Ordinal);
        var closed = new List<ActionItem>();

        // meeting dates with each person so far, ascending: whether a closing note is the first meeting after a due date
        var met = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        ActionItem Close(ActionItem item, Note note, DateOnly? doneOn)
        {
            var date = note.Date!.Value;
            var timing = ActionItem.TimingOf(item.Due, doneOn, date, item.Due is { } due && FirstMeetingAfter(met, item.People.Where(note.With.Contains), due, date));
            return item with { ClosedIn = note, ClosedOn = doneOn, Timing = timing };
        }

        foreach (var note in ordered)
        {
            foreach (var task in note.Tasks)
            {
                var key = task.Key;
                if (key.Length == 0)
                {
                    continue;
                }

                if (!open.TryGetValue(key, out var sameKey))
                {
                    open[key] = sameKey = [];
                }

                var index = sameKey.FindIndex(a => a.People.Any(note.With.Contains));
                if (index < 0)
                {
                    var item = new ActionItem
                    {
                        Key = key,
                        Text = task.Text,
                        Owner = task.Owner,
                        Due = task.Due,
                        People = note.With,
                        OpenedIn = note,
                        Mentions = [note],
                    };
                    if (task.Done)
                    {
                        closed.Add(Close(item, note, task.DoneOn));
                    }
                    else
                    {
                        sameKey.Add(item);
                    }

                    continue;
                }

                var existing = sameKey[index];
                if (ReferenceEquals(existing.Mentions[^1], note))
                {
                    continue; // the same item twice in one note
                }

                var updated = existing with
                {
                    Text = task.Text,
                    Owner = task.Owner ?? existing.Owner,
                    Due = task.Due ?? existing.Due,
                    Mentions = [.. existing.Mentions, note],
                };
                if (task.Done)
                {
                    sameKey.RemoveAt(index);
                    closed.Add(Close(updated, note, task.DoneOn));
                }
                else
                {
                    sameKey[index] = updated;
                }
            }

            foreach (var id in note.With)
            {
                if (!met.TryGetValue(id, out var dates))
                {
                    met[id] = dates = [];
                }

                if (dates.Count == 0 || dates[^1] != note.Date!.Value)
                {
                    dates.Add(note.Date!.Value);
                }
            }
        }

        return [.. open.Values.SelectMany(a => a).Concat(closed)];
    }
}
