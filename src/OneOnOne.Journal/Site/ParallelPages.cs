namespace OneOnOne.Journal.Site;

/// <summary>
/// Makes the pages of a family whose models cost more to make than to render (a person's prep sheet reads every note
/// of theirs for queued topics; a person's year in review every meeting of the year) on every core, a slice at a time,
/// and yields them in the items' order. A page family's factory runs on one thread (<see cref="Modules.InBatches"/>
/// reads it as a stream), so without this those families kept one core idle (docs/benchmarks.md, "Native build
/// (issue #19)"). <c>make</c> must be safe to call from several threads at once: the journal model is read-only and
/// <see cref="Views"/> caches in concurrent dictionaries.
/// </summary>
internal static class ParallelPages
{
    /// <summary>Items made at once: enough to keep two cores busy, few enough that only a slice of models is alive.</summary>
    private const int Slice = 16;

    /// <summary><c>items.Select(make)</c>, each slice of <see cref="Slice"/> items made in parallel.</summary>
    public static IEnumerable<Page> Make<T>(IReadOnlyList<T> items, Func<T, Page> make)
    {
        var pages = new Page[Math.Min(Slice, items.Count)];
        for (var from = 0; from < items.Count; from += Slice)
        {
            var count = Math.Min(Slice, items.Count - from);
            var start = from;
            Parallel.For(0, count, i => pages[i] = make(items[start + i]));
            for (var i = 0; i < count; i++)
            {
                yield return pages[i];
                pages[i] = null!;
            }
        }
    }
}
