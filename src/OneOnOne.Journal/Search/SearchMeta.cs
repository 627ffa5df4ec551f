using System.Text.Json.Serialization;

namespace OneOnOne.Journal.Search;

/// <summary>
/// <c>search/meta.js</c>'s payload, read by the site's search script (theme/assets/search.js): the names
/// are the script's, in this order.
/// </summary>
/// <param name="Version">The index format (<see cref="SearchIndexWriter.FormatVersion"/>).</param>
/// <param name="Docs">How many documents the index holds.</param>
/// <param name="PerShard">Documents per document shard.</param>
/// <param name="UnspacedBuckets">Buckets for text written without spaces (CJK).</param>
/// <param name="Keys">The term shards' keys, ordinal order.</param>
/// <param name="Files">For each of <paramref name="Keys"/>, the number n of the <c>terms-n.js</c> file that holds its shard.</param>
/// <param name="Split">The term shard keys split by one more character, ordinal order.</param>
/// <param name="Facets">The facet keys (<c>p-</c>, <c>t-</c>, <c>g-</c> and the key), ordinal order.</param>
/// <param name="FacetFiles">For each of <paramref name="Facets"/>, the number n of the <c>f-n.js</c> file that holds its postings.</param>
internal sealed record SearchMeta(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("docs")] int Docs,
    [property: JsonPropertyName("per")] int PerShard,
    [property: JsonPropertyName("cjk")] int UnspacedBuckets,
    [property: JsonPropertyName("keys")] List<string> Keys,
    [property: JsonPropertyName("files")] List<int> Files,
    [property: JsonPropertyName("split")] List<string> Split,
    [property: JsonPropertyName("facets")] List<string> Facets,
    [property: JsonPropertyName("ffiles")] List<int> FacetFiles);
