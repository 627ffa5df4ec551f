namespace OneOnOne.Journal.Search;

/// <summary>The kind of page a search result leads to.</summary>
public enum SearchDocumentKind
{
    /// <summary>A meeting note.</summary>
    Note,

    /// <summary>A person's timeline.</summary>
    Person,

    /// <summary>A goal's page.</summary>
    Goal,
}

/// <summary>
/// One searchable page: what is shown in a result and what is indexed. Built from the journal by
/// <see cref="SearchDocuments"/>; the set handed to <see cref="SearchIndexWriter"/> is exactly what
/// the index contains (publish leaves private notes out of that set).
/// </summary>
/// <param name="Kind">Note, person or goal.</param>
/// <param name="Title">Shown as the result's heading.</param>
/// <param name="Url">Site-root-relative URL path, e.g. <c>notes/2026/2026-03-04-alice-chen/</c> (no leading slash).</param>
/// <param name="Date">The meeting date of a note (last mention for a goal), or null.</param>
/// <param name="PersonIds">People the page is about (ids), for the person filter.</param>
/// <param name="PersonNames">Display names of those people, shown in the result.</param>
/// <param name="TypeId">Meeting type id of a note, or null.</param>
/// <param name="TypeName">Meeting type display name of a note (a label such as "Person" or "Goal" otherwise).</param>
/// <param name="Tags">Tags of a note, lower case.</param>
/// <param name="Fields">The texts to index, each with its weight.</param>
/// <param name="Snippet">Plain text the browser picks a snippet from (whitespace collapsed).</param>
/// <param name="IsPrivate">True for a <c>private: true</c> note (kept for build and preview).</param>
public sealed record SearchDocument(
    SearchDocumentKind Kind,
    string Title,
    string Url,
    DateOnly? Date,
    IReadOnlyList<string> PersonIds,
    IReadOnlyList<string> PersonNames,
    string? TypeId,
    string TypeName,
    IReadOnlyList<string> Tags,
    IReadOnlyList<(string Text, SearchField Field)> Fields,
    string Snippet,
    bool IsPrivate = false)
{
    /// <summary>Plain text the browser picks a snippet from (whitespace collapsed); a note's is made from the note each time it is read.</summary>
    public string Snippet
    {
        get => _snippetNote?.PlainTextStart(SearchIndexWriter.MaxSnippetChars + 1) ?? _snippet;
        init
        {
            _snippet = value;
            _snippetNote = null;
        }
    }

    private readonly string _snippet = Snippet;

    /// <summary>
    /// The note whose plain text start is the snippet (<see cref="Domain.Note.PlainTextStart"/>, as many characters as
    /// <see cref="SearchIndexWriter"/> reads): made when the shard is written instead of held for every note
    /// while the whole index is built (120 MB for 100,000 notes).
    /// </summary>
    internal Domain.Note? SnippetNote
    {
        get => _snippetNote;
        init => _snippetNote = value;
    }

    private readonly Domain.Note? _snippetNote;
}
