using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>
/// The model of the <c>base</c> layout: the frame of every page (head, navigation, footer) around the
/// page's own layout, made by <see cref="ShellFactory"/>.
/// </summary>
/// <param name="SiteTitle">The journal's title (plain text).</param>
/// <param name="Title">The page's title (plain text, encoded by the layout).</param>
/// <param name="Body">The page's own layout rendered (already HTML: written unencoded).</param>
/// <param name="Csp">The Content-Security-Policy for the page's <c>meta</c> tag.</param>
/// <param name="Loader">The inline page-loader script (its hash is in the CSP).</param>
/// <param name="Printable">True for sheets meant to be printed (prep sheets, reviews).</param>
/// <param name="Nav">The navigation sections in order.</param>
/// <param name="Attention">Number of problems found (diagnostics).</param>
/// <param name="HasAttention">True when there is at least one.</param>
/// <param name="AttentionCurrent">True on the "needs attention" page itself.</param>
/// <param name="Today">The build's today as display text.</param>
/// <param name="Owner">The journal owner's name.</param>
/// <param name="IsPublish">True in a publish (not a local build or preview).</param>
internal sealed record BasePageModel(
    string SiteTitle,
    string Title,
    Html Body,
    string Csp,
    Html Loader,
    bool Printable,
    IReadOnlyList<NavLink> Nav,
    int Attention,
    bool HasAttention,
    bool AttentionCurrent,
    string Today,
    string Owner,
    bool IsPublish) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "base";
}

/// <summary>A navigation section in the base layout.</summary>
/// <param name="Label">What the link says.</param>
/// <param name="Url">Site-root link, e.g. <c>~/people/</c>.</param>
/// <param name="IsCurrent">True for the section of the page shown.</param>
internal sealed record NavLink(string Label, string Url, bool IsCurrent);
