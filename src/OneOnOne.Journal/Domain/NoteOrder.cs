namespace OneOnOne.Journal.Domain;

/// <summary>
/// Orders <see cref="Note.SortKey"/> values: by date, then time, then slug compared ordinally. Ordinal
/// slugs keep the order the same on every machine and avoid culture-aware string comparison, which
/// dominated sorting a large journal (many notes share a date).
/// </summary>
public sealed class NoteOrder : IComparer<(DateOnly, TimeOnly, string)>
{
    /// <summary>The one instance.</summary>
    public static readonly NoteOrder Instance = new();

    /// <summary>The notes oldest first (by <see cref="Note.SortKey"/>); notes already in that order (e.g. a reversed newest-first list) are not sorted again.</summary>
    internal static List<Note> Ascending(IEnumerable<Note> notes)
    {
        var list = notes.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (Instance.Compare(list[i - 1].SortKey, list[i].SortKey) > 0)
            {
                return [.. list.OrderBy(n => n.SortKey, Instance)];
            }
        }

        return list;
    }

    private NoteOrder()
    {
    }

    /// <inheritdoc />
    public int Compare((DateOnly, TimeOnly, string) x, (DateOnly, TimeOnly, string) y)
    {
        var c = x.Item1.CompareTo(y.Item1);
        if (c != 0)
        {
            return c;
        }

        c = x.Item2.CompareTo(y.Item2);
        return c != 0 ? c : string.CompareOrdinal(x.Item3, y.Item3);
    }
}
