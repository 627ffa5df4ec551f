using System.Globalization;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Writes the search index: the one place that decides what the browser can search. Its input is the
/// set of documents to index (so a caller can leave documents out); its output is a list of script
/// files under <c>search/</c>, each of which calls
/// <c>window.__oneononeSearch.add(kind, key, payload)</c> when loaded with a <c>&lt;script&gt;</c>
/// element (pages opened from <c>file://</c> cannot <c>fetch()</c>). Every payload passes through one
/// seam, <see cref="SearchIndexWriter(Func{string, string}?)"/>'s transform, so publish can encrypt it.
/// <para>Files (ids are positions in the ordered documents: dated documents newest first, then undated ones, so a lower id is more recent):</para>
/// <list type="bullet">
/// <item><c>search/meta.js</c> (kind <c>meta</c>): format version, document count, documents per shard, the term shard keys that exist and the number of the file holding each, the keys that were split by one more character, the facet keys and the number of the file holding each.</item>
/// <item><c>search/terms-&lt;n&gt;.js</c> (kind <c>terms</c>, <c>add</c> key = n): for each term shard key packed into file n, an object of the shard's terms, each with its postings: an array of integers <c>(id − previous id) × 4 + field weight</c> (see <see cref="SearchField"/>). A term's key is its first two characters, one more each time the shard would exceed <see cref="SplitBytes"/> (the split keys are listed in <c>meta.js</c>; a term as long as a split key stays in that key's shard); terms in scripts without spaces share <see cref="UnspacedBuckets"/> buckets (<c>~n</c>, n = first UTF-16 code unit mod the bucket count). Consecutive keys share a file until it holds <see cref="PackBytes"/> (<see cref="SearchShardPlan.Pack"/>).</item>
/// <item><c>search/docs-&lt;n&gt;.js</c> (kind <c>docs</c>): documents n × <see cref="DocsPerShard"/> onward: <c>[kind, title, url, iso date or "", people, type name, tags, snippet text]</c>.</item>
/// <item><c>search/f-&lt;n&gt;.js</c> (kind <c>facet</c>, <c>add</c> key = n): for each facet key (<c>p-</c> person, <c>t-</c> meeting type, <c>g-</c> tag) packed into file n, its postings (ids as deltas).</item>
/// <item><c>search/dates.js</c> (kind <c>dates</c>): <c>[yyyymmdd, first id]</c> for each distinct date, newest first, closed by <c>[0, first undated id]</c>.</item>
/// </list>
/// The work is split three ways: <see cref="SearchPostings"/> (which document holds which term and facet),
/// <see cref="SearchShardPlan"/> (which term goes into which file) and <see cref="SearchShardWriter"/> (each file's text).
/// Files are named by number, so no file name reveals a word prefix, a person or a tag; facet keys that are not plain
/// <c>[a-z0-9-]</c> are written as <c>_</c> followed by four hex digits per UTF-16 code unit.
/// </summary>
public sealed class SearchIndexWriter
{
    /// <summary>Documents per <c>docs-n.js</c> shard.</summary>
    public const int DocsPerShard = 8;

    /// <summary>A term shard larger than this (bytes, roughly) is split by the next character.</summary>
    public const int SplitBytes = 24 * 1024;

    /// <summary>Consecutive term shards (and facets) share one file until it holds at least this many bytes, roughly (<see cref="SearchShardPlan.Pack"/>).</summary>
    public const int PackBytes = 16 * 1024;

    /// <summary>Number of shards that terms of scripts without spaces (CJK) are spread over.</summary>
    public const int UnspacedBuckets = 128;

    /// <summary>Snippet texts are cut to this many characters (the browser picks the snippet from them; <see cref="SearchSnippet"/>).</summary>
    public const int MaxSnippetChars = SearchSnippet.MaxChars;

    /// <summary>The index format version in <c>meta.js</c>: 2 since shards and facets are packed into numbered files.</summary>
    public const int FormatVersion = 2;

    private readonly SearchShardWriter _files;

    /// <summary>Creates a writer.</summary>
    /// <param name="transformPayload">
    /// The single seam every shard's payload goes through: it receives the payload's JSON text and
    /// returns the text to ship. When given, the result is written as a JSON string literal
    /// (<c>add(kind, key, "…")</c>) and the browser must be given a matching
    /// <c>window.__oneononeSearch.decode(kind, key, text)</c> returning the parsed payload (publish's encryption).
    /// Null (build, preview): payloads are plain JSON. It may be called from several threads at once.
    /// </param>
    public SearchIndexWriter(Func<string, string>? transformPayload = null)
    {
        _files = new SearchShardWriter(transformPayload);
    }

    /// <summary>Writes the index of exactly <paramref name="documents"/>.</summary>
    /// <returns>The files, in a stable order; identical input gives identical bytes.</returns>
    public IReadOnlyList<SearchShard> Write(IReadOnlyList<SearchDocument> documents) => [.. Stream(documents)];

    /// <summary>
    /// The same files as <see cref="Write"/>, in the same order, made as they are enumerated (term and
    /// document shards <see cref="StreamSlice"/> at a time, in parallel): a caller that writes each slice
    /// before asking for the next holds the index's postings and one slice of file texts, not every file
    /// (every file at once is what bounded a large build's memory: docs/benchmarks.md, "Full builds at scale"). Enumerate once.
    /// </summary>
    public IEnumerable<SearchShard> Stream(IReadOnlyList<SearchDocument> documents)
    {
        var ordered = Order(documents);
        var postings = SearchPostings.Terms(ordered);
        var termShards = SearchShardPlan.Plan(postings, out var split);
        var termKeys = termShards.Keys.Order(StringComparer.Ordinal).ToList();
        var termFiles = SearchShardPlan.Pack(termKeys, key => SearchShardPlan.Size(termShards[key], postings));
        foreach (var shard in InSlices(termFiles.Count, i =>
        {
            var name = i.ToString(CultureInfo.InvariantCulture);
            return _files.Terms($"search/terms-{name}.js", name, termFiles[i], termShards, postings);
        }))
        {
            yield return shard;
        }

        foreach (var shard in InSlices((ordered.Count + DocsPerShard - 1) / DocsPerShard, n =>
        {
            var key = n.ToString(CultureInfo.InvariantCulture);
            return _files.Docs($"search/docs-{key}.js", key, ordered, n * DocsPerShard);
        }))
        {
            yield return shard;
        }

        var facets = SearchPostings.Facets(ordered);
        var facetKeys = facets.Keys.ToList();
        var facetFiles = SearchShardPlan.Pack(facetKeys, key => SearchShardPlan.Size(key, facets[key].Count));
        for (var i = 0; i < facetFiles.Count; i++)
        {
            var name = i.ToString(CultureInfo.InvariantCulture);
            var payload = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var key in facetFiles[i])
            {
                payload[key] = SearchPostings.Deltas(facets[key], 1);
            }

            yield return _files.Value($"search/f-{name}.js", "facet", name, payload, JournalJson.Search.SortedDictionaryStringListInt32);
        }

        yield return _files.Value("search/dates.js", "dates", "", SearchPostings.Dates(ordered), JournalJson.Search.ListInt32Array);
        var meta = new SearchMeta(
            Version: FormatVersion,
            Docs: ordered.Count,
            PerShard: DocsPerShard,
            UnspacedBuckets: UnspacedBuckets,
            Keys: termKeys,
            Files: FileNumbers(termFiles),
            Split: split.Order(StringComparer.Ordinal).ToList(),
            Facets: facetKeys,
            FacetFiles: FileNumbers(facetFiles));
        yield return _files.Value("search/meta.js", "meta", "", meta, JournalJson.Search.SearchMeta);
    }

    /// <summary>For each key of <paramref name="files"/>, in order, the number of the file that holds it.</summary>
    private static List<int> FileNumbers(List<List<string>> files) => [.. files.SelectMany((keys, file) => keys.Select(_ => file))];

    /// <summary>Files made per parallel slice by <see cref="Stream"/>.</summary>
    private const int StreamSlice = 256;

    /// <summary>Makes files 0 to <paramref name="count"/> − 1 in order, <see cref="StreamSlice"/> at a time (each slice in parallel).</summary>
    private static IEnumerable<SearchShard> InSlices(int count, Func<int, SearchShard> make)
    {
        for (var start = 0; start < count; start += StreamSlice)
        {
            var slice = new SearchShard[Math.Min(StreamSlice, count - start)];
            var from = start;
            Parallel.For(0, slice.Length, i => slice[i] = make(from + i));
            foreach (var shard in slice)
            {
                yield return shard;
            }
        }
    }

    /// <summary>The documents in index order: dated ones newest first, then undated ones, each group keeping the given order.</summary>
    public static IReadOnlyList<SearchDocument> Order(IReadOnlyList<SearchDocument> documents) =>
        [.. documents.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Date is null)
            .ThenByDescending(x => x.d.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
