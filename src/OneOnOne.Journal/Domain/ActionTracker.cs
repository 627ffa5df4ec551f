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
    public static IReadOnlyList<ActionItem> Track(IEnumerable<Note> notes)
    {
        // open items by key, oldest first: a lookup per task instead of a scan of every open item
        var open = new Dictionary<string, List<ActionItem>>(StringComparer.Ordinal);
        var closed = new List<ActionItem>();
        foreach (var note in notes.Where(n => n.IsPlaced).OrderBy(n => n.SortKey, NoteOrder.Instance))
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
                        closed.Add(item with { ClosedIn = note, ClosedOn = task.DoneOn ?? note.Date });
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
                    closed.Add(updated with { ClosedIn = note, ClosedOn = task.DoneOn ?? note.Date });
                }
                else
                {
                    sameKey[index] = updated;
                }
            }
        }

        return [.. open.Values.SelectMany(a => a).Concat(closed).OrderBy(a => a.OpenedIn.SortKey, NoteOrder.Instance).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }
}
