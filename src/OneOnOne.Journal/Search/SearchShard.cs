namespace OneOnOne.Journal.Search;

/// <summary>One file of the search index.</summary>
/// <param name="Path">Output path relative to the site root, with forward slashes, e.g. <c>search/terms-re.js</c>.</param>
/// <param name="Content">The script's text (UTF-8 when written).</param>
public sealed record SearchShard(string Path, string Content);
