namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>not-found</c> layout (<c>/404.html</c>): it binds nothing.</summary>
internal sealed record NotFoundPageModel : IPageModel
{
    /// <summary>The one instance (the page has nothing to vary).</summary>
    public static NotFoundPageModel Instance { get; } = new();

    /// <inheritdoc />
    public static string Layout => "not-found";
}
