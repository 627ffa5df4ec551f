using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Writes the search index: the one place that decides what the browser can search. Its input is the
/// set of documents to index (so a caller can leave documents out); its output is a list of script
/// files under <c>search/</c>, each of which calls
/// <c>window.__oneononeSearch.add(kind, key, payload)</c> when loaded with a <c>&lt;script&gt;</c>
/// element (pages opened from <c>file://</c> cannot <c>fetch()</c>). Every payload passes through one
/// seam, <see cref="SearchIndexWriter(Func{string, string}?, bool)"/>'s transform, so publish can encrypt it.
/// <para>Files (ids are positions in the ordered documents: dated documents newest first, then undated ones, so a lower id is more recent):</para>
/// <list type="bullet">
/// <item><c>search/meta.js</c> (kind <c>meta</c>): format version, document count, documents per shard, the term shard keys that exist, the keys that were split by one more character, facet keys.</item>
/// <item><c>search/terms-&lt;file key&gt;.js</c> (kind <c>terms</c>, <c>add</c> key = the file key): for each term starting with the key, its postings: an array of integers <c>(id − previous id) × 4 + field weight</c> (see <see cref="SearchField"/>). The key is a term's first two characters, one more each time the shard would exceed <see cref="SplitBytes"/> (the split keys are listed in <c>meta.js</c>; a term as long as a split key stays in that key's shard); terms in scripts without spaces share <see cref="UnspacedBuckets"/> buckets (<c>~n</c>, n = first UTF-16 code unit mod the bucket count).</item>
/// <item><c>search/docs-&lt;n&gt;.js</c> (kind <c>docs</c>): documents n × <see cref="DocsPerShard"/> onward: <c>[kind, title, url, iso date or "", people, type name, tags, snippet text]</c>.</item>
/// <item><c>search/f-&lt;p|t|g&gt;-&lt;key&gt;.js</c> (kind <c>facet</c>): postings (ids as deltas) of a person, meeting type or tag.</item>
/// <item><c>search/dates.js</c> (kind <c>dates</c>): <c>[yyyymmdd, first id]</c> for each distinct date, newest first, closed by <c>[0, first undated id]</c>.</item>
/// </list>
/// File keys that are not plain <c>[a-z0-9]</c> (or <c>[a-z0-9-]</c> for facets) are written as <c>_</c> followed by four hex digits per UTF-16 code unit.
/// </summary>
public sealed class SearchIndexWriter
{
    /// <summary>Documents per <c>docs-n.js</c> shard.</summary>
    public const int DocsPerShard = 8;

    /// <summary>A term shard larger than this (bytes, roughly) is split by the next character.</summary>
    public const int SplitBytes = 24 * 1024;

    /// <summary>Number of shards that terms of scripts without spaces (CJK) are spread over.</summary>
    public const int UnspacedBuckets = 128;

    /// <summary>Snippet texts are cut to this many characters (the browser picks the snippet from them).</summary>
    public const int MaxSnippetChars = 600;

    /// <summary>The index format version in <c>meta.js</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The serialisers of the index's JSON (generated at compile time, see <see cref="JournalJson.Search"/>).</summary>
    private static readonly JournalJson Json = JournalJson.Search;
    private readonly Func<string, string>? _transform;
    private readonly bool _opaque;

    /// <summary>Creates a writer.</summary>
    /// <param name="transformPayload">
    /// The single seam every shard's payload goes through: it receives the payload's JSON text and
    /// returns the text to ship. When given, the result is written as a JSON string literal
    /// (<c>add(kind, key, "…")</c>) and the browser must be given a matching
    /// <c>window.__oneononeSearch.decode(kind, key, text)</c> returning the parsed payload (publish's encryption).
    /// Null (build, preview): payloads are plain JSON. It may be called from several threads at once.
    /// </param>
    /// <param name="opaqueFileNames">
    /// True (encrypted publish): term and facet shards are named by their position in <c>meta.js</c>'s
    /// <c>keys</c> and <c>facets</c> lists (<c>terms-17.js</c>, <c>f-3.js</c>, and that number as the
    /// <c>add</c> key) so that file names reveal no word prefixes, person ids or tags; <c>meta.js</c> says <c>opaque: true</c>.
    /// </param>
    public SearchIndexWriter(Func<string, string>? transformPayload = null, bool opaqueFileNames = false)
    {
        _transform = transformPayload;
        _opaque = opaqueFileNames;
    }

    /// <summary>Writes the index of exactly <paramref name="documents"/>.</summary>
    /// <returns>The files, in a stable order; identical input gives identical bytes.</returns>
    public IReadOnlyList<SearchShard> Write(IReadOnlyList<SearchDocument> documents) => [.. Stream(documents)];

    /// <summary>
    /// The same files as <see cref="Write"/>, in the same order, made as they are enumerated (term and
    /// document shards <see cref="StreamSlice"/> at a time, in parallel): a caller that writes each slice
    /// before asking for the next holds the index's postings and one slice of file texts, not every file
    /// (16 MB of UTF-8, twice that as strings, for 10,000 notes). Enumerate once.
    /// </summary>
    public IEnumerable<SearchShard> Stream(IReadOnlyList<SearchDocument> documents)
    {
        var ordered = Order(documents);
        var postings = Postings(ordered);
        var termShards = TermShards(postings, out var split);
        var termKeys = termShards.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var shard in InSlices(termKeys.Count, i =>
        {
            var name = _opaque ? i.ToString(CultureInfo.InvariantCulture) : FileKey(termKeys[i], false);
            return EmitUtf8($"search/terms-{name}.js", "terms", name, TermsPayload(termShards[termKeys[i]], postings));
        }))
        {
            yield return shard;
        }

        foreach (var shard in InSlices((ordered.Count + DocsPerShard - 1) / DocsPerShard, n =>
        {
            var key = n.ToString(CultureInfo.InvariantCulture);
            return EmitUtf8($"search/docs-{key}.js", "docs", key, DocsPayload(ordered, n * DocsPerShard));
        }))
        {
            yield return shard;
        }

        var facets = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < ordered.Count; id++)
        {
            var doc = ordered[id];
            var keys = doc.PersonIds.Select(p => "p-" + FileKey(p, true))
                .Concat(doc.TypeId is { } t ? ["t-" + FileKey(t, true)] : [])
                .Concat(doc.Tags.Select(g => "g-" + FileKey(g, true)))
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

        var facetNumber = 0;
        foreach (var (key, ids) in facets)
        {
            var name = _opaque ? (facetNumber++).ToString(CultureInfo.InvariantCulture) : key;
            yield return Emit($"search/f-{name}.js", "facet", name, JsonSerializer.Serialize(Deltas(ids, 1), Json.ListInt32));
        }

        yield return Emit("search/dates.js", "dates", "", JsonSerializer.Serialize(Dates(ordered), Json.ListInt32Array));
        var meta = new SearchMeta(
            Version: FormatVersion,
            Docs: ordered.Count,
            PerShard: DocsPerShard,
            UnspacedBuckets: UnspacedBuckets,
            Keys: termKeys,
            Split: split.Order(StringComparer.Ordinal).ToList(),
            Facets: facets.Keys.ToList(),
            Opaque: _opaque);
        yield return Emit("search/meta.js", "meta", "", JsonSerializer.Serialize(meta, Json.SearchMeta));
    }

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

    /// <summary>
    /// Every indexed term with its postings (<c>id × 4 + weight</c>, ids ascending), in one pass over
    /// the documents: terms are looked up by span, so only a term's first occurrence allocates.
    /// </summary>
    private static Dictionary<string, List<int>> Postings(IReadOnlyList<SearchDocument> ordered)
    {
        // contiguous id ranges tokenized in parallel, then merged in id order
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var size = (ordered.Count + parts - 1) / Math.Max(1, parts);
        var partial = new Dictionary<string, List<int>>[parts];
        Parallel.For(0, parts, p => partial[p] = Postings(ordered, p * size, Math.Min(ordered.Count, (p + 1) * size)));
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

    private static Dictionary<string, List<int>> Postings(IReadOnlyList<SearchDocument> ordered, int from, int to)
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

    /// <summary>Each indexed term of a document with the highest field weight (0..3) it occurs in.</summary>
    public static Dictionary<string, int> TermsOf(SearchDocument document)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, field) in document.Fields)
        {
            foreach (var term in SearchTokenizer.IndexTerms(text))
            {
                var weight = (int)field;
                if (!terms.TryGetValue(term, out var seen) || seen < weight)
                {
                    terms[term] = weight;
                }
            }
        }

        return terms;
    }

    /// <summary>The term shard key of a term before splitting: its first two characters (one for a one-character term), or <c>~n</c> for a term of a script without spaces.</summary>
    public static string ShardKey(string term) =>
        SearchTokenizer.IsUnspaced(term[0])
            ? "~" + (term[0] % UnspacedBuckets).ToString(CultureInfo.InvariantCulture)
            : term[..Math.Min(2, term.Length)];

    /// <summary>
    /// The file-name form of a key: the key itself when it is made of <c>a-z</c> and <c>0-9</c> (and
    /// <c>-</c> when <paramref name="allowHyphen"/>), else <c>_</c> and four lower-case hex digits per UTF-16 code unit.
    /// </summary>
    public static string FileKey(string key, bool allowHyphen)
    {
        if (key.Length > 0 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' || allowHyphen && c == '-'))
        {
            return key;
        }

        var builder = new StringBuilder("_", 1 + key.Length * 4);
        foreach (var c in key)
        {
            builder.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static Dictionary<string, List<string>> TermShards(Dictionary<string, List<int>> postings, out HashSet<string> split)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var splitKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in postings.Keys.GroupBy(ShardKey, StringComparer.Ordinal))
        {
            Assign(group.Key, [.. group]);
        }

        split = splitKeys;
        return result;

        // a shard over SplitBytes is split by the next character, as often as needed; terms as long as the key stay in it
        void Assign(string key, List<string> terms)
        {
            var size = terms.Sum(t => t.Length + 4 + postings[t].Count * 4);
            if (size <= SplitBytes || key[0] == '~' || terms.All(t => t.Length <= key.Length))
            {
                result[key] = terms;
                return;
            }

            splitKeys.Add(key);
            var exact = terms.Where(t => t.Length == key.Length).ToList();
            if (exact.Count > 0)
            {
                result[key] = exact;
            }

            foreach (var longer in terms.Where(t => t.Length > key.Length).GroupBy(t => t[..(key.Length + 1)], StringComparer.Ordinal))
            {
                Assign(longer.Key, [.. longer]);
            }
        }
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>This thread's payload buffer, emptied (what it holds is read before the thread writes another payload).</summary>
    private static ArrayBufferWriter<byte> Buffer()
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Capacity > 1024 * 1024)
        {
            t_buffer = buffer = new ArrayBufferWriter<byte>(16 * 1024);
        }

        buffer.ResetWrittenCount();
        return buffer;
    }

    private static ArrayBufferWriter<byte> TermsPayload(List<string> terms, Dictionary<string, List<int>> postings)
    {
        var buffer = Buffer();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var term in terms.Order(StringComparer.Ordinal))
            {
                json.WriteStartArray(term);
                var previous = 0;
                foreach (var value in postings[term])
                {
                    var id = value >> 2;
                    json.WriteNumberValue(((id - previous) << 2) | (value & 3));
                    previous = id;
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer;
    }

    /// <summary>Delta-encodes sorted values of the form <c>id × scale + low bits</c>: each becomes <c>(id − previous id) × scale + low bits</c>.</summary>
    private static List<int> Deltas(List<int> values, int scale)
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

    private static ArrayBufferWriter<byte> DocsPayload(IReadOnlyList<SearchDocument> ordered, int start)
    {
        var buffer = Buffer();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            for (var id = start; id < Math.Min(ordered.Count, start + DocsPerShard); id++)
            {
                var d = ordered[id];
                json.WriteStartArray();
                json.WriteStringValue(d.Kind switch { SearchDocumentKind.Person => "p", SearchDocumentKind.Goal => "g", _ => "n" });
                json.WriteStringValue(d.Title);
                json.WriteStringValue(d.Url);
                json.WriteStringValue(d.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
                json.WriteStringValue(string.Join(", ", d.PersonNames));
                json.WriteStringValue(d.TypeName);
                json.WriteStartArray();
                foreach (var tag in d.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                WriteSnippet(json, d.Snippet);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return buffer;
    }

    /// <summary>Writes <see cref="Cut"/> of <paramref name="text"/> without making it a string.</summary>
    private static void WriteSnippet(Utf8JsonWriter json, string text)
    {
        if (text.Length <= MaxSnippetChars)
        {
            json.WriteStringValue(text);
            return;
        }

        var cut = text.LastIndexOf(' ', MaxSnippetChars);
        var keep = cut > MaxSnippetChars / 2 ? cut : MaxSnippetChars;
        Span<char> snippet = stackalloc char[MaxSnippetChars + 2];
        text.AsSpan(0, keep).CopyTo(snippet);
        " …".CopyTo(snippet[keep..]);
        json.WriteStringValue(snippet[..(keep + 2)]);
    }

    /// <summary>The snippet text of a document: at most <see cref="MaxSnippetChars"/> characters, cut at a space when there is one in the second half, then " …".</summary>
    internal static string Cut(string text)
    {
        if (text.Length <= MaxSnippetChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxSnippetChars);
        return text[..(cut > MaxSnippetChars / 2 ? cut : MaxSnippetChars)] + " …";
    }

    private static List<int[]> Dates(IReadOnlyList<SearchDocument> ordered)
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

    /// <summary>As <see cref="Emit"/>, for a payload in <paramref name="payload"/>'s written bytes: without a transform, the file's text is made in one string.</summary>
    private SearchShard EmitUtf8(string path, string kind, string key, ArrayBufferWriter<byte> payload)
    {
        if (_transform is not null)
        {
            return Emit(path, kind, key, Encoding.UTF8.GetString(payload.WrittenSpan));
        }

        var head = $"window.__oneononeSearch.add({JsonSerializer.Serialize(kind, Json.String)},{JsonSerializer.Serialize(key, Json.String)},";
        const string tail = ");\n";
        var content = string.Create(head.Length + Encoding.UTF8.GetCharCount(payload.WrittenSpan) + tail.Length, (head, payload), static (chars, state) =>
        {
            state.head.CopyTo(chars);
            var written = Encoding.UTF8.GetChars(state.payload.WrittenSpan, chars[state.head.Length..]);
            tail.CopyTo(chars[(state.head.Length + written)..]);
        });
        return new SearchShard(path, content);
    }

    private SearchShard Emit(string path, string kind, string key, string payloadJson)
    {
        var payload = _transform is null ? payloadJson : JsonSerializer.Serialize(_transform(payloadJson), Json.String);
        var content = $"window.__oneononeSearch.add({JsonSerializer.Serialize(kind, Json.String)},{JsonSerializer.Serialize(key, Json.String)},{payload});\n";
        return new SearchShard(path, content);
    }
}
