namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>search</c> layout (<c>/search/</c>): the options of its filters.</summary>
/// <param name="People">Person filter: value is the person id, label their name.</param>
/// <param name="Types">Meeting type filter (types that have notes): value is the type id, label its name.</param>
/// <param name="Tags">Every tag used, in ordinal order.</param>
/// <param name="Years">Years with dated notes, newest first.</param>
/// <param name="NoteCount">Number of notes.</param>
internal sealed record SearchPageModel(
    IReadOnlyList<SearchFilterOption> People,
    IReadOnlyList<SearchFilterOption> Types,
    IReadOnlyList<string> Tags,
    IReadOnlyList<int> Years,
    int NoteCount) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "search";
}

/// <summary>An option of a search filter.</summary>
/// <param name="Value">The value the search index uses (an id).</param>
/// <param name="Label">What the reader sees (plain text).</param>
internal sealed record SearchFilterOption(string Value, string Label);
