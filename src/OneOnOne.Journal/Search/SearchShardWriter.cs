using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Writes one search index file: a script that calls <c>window.__oneononeSearch.add(kind, key, payload)</c>, with the
/// payload as JSON, or, with a transform (publish's encryption), as the JSON string literal the transform returns.
/// Term and document payloads are written as UTF-8 into a per-thread buffer; the file's text is made from it in one
/// string. Safe to use from several threads at once.
/// </summary>
/// <param name="transform">The seam every payload goes through (<see cref="SearchIndexWriter(Func{string, string}?)"/>); null for plain JSON.</param>
internal sealed class SearchShardWriter(Func<string, string>? transform)
{
    /// <summary>The serialisers of the index's JSON (generated at compile time, see <see cref="JournalJson.Search"/>).</summary>
    private static readonly JournalJson Json = JournalJson.Search;
    private static readonly JsonWriterOptions JsonWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>
    /// A <c>terms</c> file: for each shard key of <paramref name="keys"/>, an object of its terms (<paramref name="shards"/>, in
    /// ordinal order), each with its postings delta-encoded as <c>(id − previous id) × 4 + weight</c>.
    /// </summary>
    public SearchShard Terms(string path, string key, List<string> keys, Dictionary<string, List<string>> shards, Dictionary<string, List<int>> postings)
    {
        var buffer = Buffer();
        using (var json = new Utf8JsonWriter(buffer, JsonWriter))
        {
            json.WriteStartObject();
            foreach (var shard in keys)
            {
                json.WriteStartObject(shard);
                foreach (var term in shards[shard].Order(StringComparer.Ordinal))
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

            json.WriteEndObject();
        }

        return FromUtf8(path, "terms", key, buffer);
    }

    /// <summary>A <c>docs</c> file: the ordered documents from <paramref name="start"/> on, at most <see cref="SearchIndexWriter.DocsPerShard"/>, as <c>[kind, title, url, date, people, type, tags, snippet]</c>.</summary>
    public SearchShard Docs(string path, string key, IReadOnlyList<SearchDocument> ordered, int start)
    {
        var buffer = Buffer();
        using (var json = new Utf8JsonWriter(buffer, JsonWriter))
        {
            json.WriteStartArray();
            for (var id = start; id < Math.Min(ordered.Count, start + SearchIndexWriter.DocsPerShard); id++)
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
                SearchSnippet.Write(json, d.Snippet);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return FromUtf8(path, "docs", key, buffer);
    }

    /// <summary>A file whose payload is <paramref name="value"/> serialised as JSON (facets, dates, meta).</summary>
    public SearchShard Value<T>(string path, string kind, string key, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> json) => Emit(path, kind, key, JsonSerializer.Serialize(value, json));

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

    /// <summary>As <see cref="Emit"/>, for a payload in <paramref name="payload"/>'s written bytes: without a transform, the file's text is made in one string.</summary>
    private SearchShard FromUtf8(string path, string kind, string key, ArrayBufferWriter<byte> payload)
    {
        if (transform is not null)
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
        var payload = transform is null ? payloadJson : JsonSerializer.Serialize(transform(payloadJson), Json.String);
        var content = $"window.__oneononeSearch.add({JsonSerializer.Serialize(kind, Json.String)},{JsonSerializer.Serialize(key, Json.String)},{payload});\n";
        return new SearchShard(path, content);
    }
}
