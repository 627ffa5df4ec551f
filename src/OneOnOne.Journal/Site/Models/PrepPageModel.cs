using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>prep</c> layout: a meeting type's printable prep sheet (<c>/prep/&lt;type id&gt;/</c>).</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Purpose">One sentence on what it is for (plain text).</param>
/// <param name="Duration">Planned length, e.g. <c>30 minutes</c>, or null.</param>
/// <param name="WhoLeads">Who drives the meeting (free text), or null.</param>
/// <param name="BodyHtml">The whole body as HTML (already HTML: written unencoded).</param>
/// <param name="IntroHtml">The text before the first side as HTML (already HTML).</param>
/// <param name="HasSides">True when the type has sides of the table.</param>
/// <param name="OrderNote">Why the sheet starts with the side it starts with (plain text), or null with fewer than two sides.</param>
/// <param name="Sides">The sides, the owner's usual side first; empty without sides.</param>
/// <param name="SourceUrl">The article the type was drawn from, or null.</param>
/// <param name="SourceTitle">Its title (the URL when it has none), or null.</param>
/// <param name="SourceIsLink">True when <paramref name="SourceUrl"/> starts with <c>http</c> (shown as a link).</param>
/// <param name="SourcePath">The type's file, relative to the journal root or theme.</param>
internal sealed record PrepPageModel(
    string Name,
    string Purpose,
    string? Duration,
    string? WhoLeads,
    Html BodyHtml,
    Html IntroHtml,
    bool HasSides,
    string? OrderNote,
    IReadOnlyList<PrepSide> Sides,
    string? SourceUrl,
    string? SourceTitle,
    bool SourceIsLink,
    string SourcePath) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "prep";
}

/// <summary>One side of the table on a type's prep sheet.</summary>
/// <param name="Label">How the sheet heads it, e.g. <c>As their manager</c>.</param>
/// <param name="Class">Its CSS class: <c>side-lead</c>, <c>side-attend</c> or <c>side-neutral</c>.</param>
/// <param name="Purpose">What the meeting is for from this side (plain text).</param>
/// <param name="BodyHtml">The side's section as HTML (already HTML).</param>
internal sealed record PrepSide(string Label, string Class, string Purpose, Html BodyHtml);
