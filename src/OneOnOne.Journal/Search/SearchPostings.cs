namespace OneOnOne.Journal.Search;

/// <summary>
/// The postings of the search index: for each indexed term, and for each facet (person, meeting type, tag), the ids
/// of the documents it occurs in, ascending (ids are positions in <see cref="SearchIndexWriter.Order"/>ed documents).
/// </summary>
internal static class SearchPostings
{
    /// <summary>
    /// Every indexed term with its postings (<c>id × 4 + weight</c>, ids ascending, the highest <see cref="SearchField"/>
    /// weight the term has in that document), in one pass over the documents: terms are looked up by span, so only a
    /// term's first occurrence allocates.
    /// </summary>
    public static Dictionary<string, List<int>> Terms(IReadOnlyList<SearchDocument> ordered)
    {
        // contiguous id ranges tokenized in parallel, then merged in id order
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var size = (ordered.Count + parts - 1) / Math.Max(1, parts);
        var partial = new Dictionary<string, List<int>>[parts];
        Parallel.For(0, parts, p => partial[p] = TermsIn(ordered, p * size, Math.Min(ordered.Count, (p + 1) * size)));
        var merged = partial[0];
        for (var p = 1; p < parts; p++)
        {
            foreach (var (term, list) in partial[p])
            {
                if (merged.TryGetValue(term, out var existing))
                {
                    existing.AddRange(list);
                }
                else
                {
                    merged[term] = list;
                }
            }
        }

        return merged;
    }

    private static Dictionary<string, List<int>> TermsIn(IReadOnlyList<SearchDocument> ordered, int from, int to)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = lists.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = from; id < to; id++)
        {
            var doc = id;
            foreach (var (text, field) in ordered[id].Fields)
            {
                var weight = (int)field;
                SearchTokenizer.Scan(text, forQuery: false, term =>
                {
                    if (SearchTokenizer.IsStopWord(term))
                    {
                        return;
                    }

                    if (!lookup.TryGetValue(term, out var list))
                    {
                        list = [];
                        lists[term.ToString()] = list;
                    }

                    var last = list.Count - 1;
                    if (last < 0 || list[last] >> 2 != doc)
                    {
                        list.Add(doc * 4 + weight);
                    }
                    else if ((list[last] & 3) < weight)
                    {
                        list[last] = doc * 4 + weight;
                    }
                });
            }
        }

        return lists;
    }

    /// <summary>
    /// The ids of the documents of each facet, by facet file key (<c>p-</c> person id, <c>t-</c> meeting type id,
    /// <c>g-</c> tag, each in <see cref="SearchShardPlan.FileKey"/> form), in key order.
    /// </summary>
    public static SortedDictionary<string, List<int>> Facets(IReadOnlyList<SearchDocument> ordered)
    {
        var facets = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < ordered.Count; id++)
        {
            var doc = ordered[id];
            var keys = doc.PersonIds.Select(p => "p-" + SearchShardPlan.FileKey(p, true))
                .Concat(doc.TypeId is { } t ? ["t-" + SearchShardPlan.FileKey(t, true)] : [])
                .Concat(doc.Tags.Select(g => "g-" + SearchShardPlan.FileKey(g, true)))
                .Distinct(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (!facets.TryGetValue(key, out var list))
                {
                    facets[key] = list = [];
                }

                list.Add(id);
            }
        }

        return facets;
    }

    /// <summary><c>[yyyymmdd, first id]</c> for each distinct date of the ordered documents (newest first), closed by <c>[0, first undated id]</c>.</summary>
    public static List<int[]> Dates(IReadOnlyList<SearchDocument> ordered)
    {
        var result = new List<int[]>();
        DateOnly? previous = null;
        for (var id = 0; id < ordered.Count; id++)
        {
            var date = ordered[id].Date;
            if (date is null)
            {
                result.Add([0, id]);
                return result;
            }

            if (date != previous)
            {
                result.Add([date.Value.Year * 10000 + date.Value.Month * 100 + date.Value.Day, id]);
                previous = date;
            }
        }

        result.Add([0, ordered.Count]);
        return result;
    }

    /// <summary>Delta-encodes sorted values of the form <c>id × scale + low bits</c>: each becomes <c>(id − previous id) × scale + low bits</c>.</summary>
    public static List<int> Deltas(List<int> values, int scale)
    {
        var result = new List<int>(values.Count);
        var previous = 0;
        foreach (var value in values)
        {
            var id = value / scale;
            result.Add((id - previous) * scale + value % scale);
            previous = id;
        }

        return result;
    }
}
