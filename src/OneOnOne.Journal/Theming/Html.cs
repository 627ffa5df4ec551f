namespace OneOnOne.Journal.Theming;

/// <summary>
/// Text that is already HTML: the one kind of value a theme writes as it is (issue #17, item 2). Every
/// other value a template writes (a string, a number) is HTML-encoded by <see cref="ThemeContext"/>, so a
/// theme author cannot forget an escape. Only the program makes an <see cref="Html"/>, from HTML it wrote
/// or that Markdig rendered: a note's Markdown body, inline SVG charts, the base layout's page body and
/// loader script, an encrypted page's payload, and what a partial (<c>include</c>) renders.
/// </summary>
/// <param name="Value">The HTML (never null).</param>
public sealed record Html(string Value)
{
    /// <summary>No HTML (false in a template's <c>if</c>).</summary>
    public static Html Empty { get; } = new("");

    /// <summary><see cref="Empty"/> for null or empty text, else the text as HTML.</summary>
    public static Html Of(string? value) => string.IsNullOrEmpty(value) ? Empty : new Html(value);

    /// <summary>The HTML itself.</summary>
    public override string ToString() => Value;
}
