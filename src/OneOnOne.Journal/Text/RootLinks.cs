namespace OneOnOne.Journal.Text;

/// <summary>
/// One site-root link in HTML: an attribute <c>href</c>, <c>src</c>, <c>action</c> or <c>data-root</c>
/// whose double-quoted value starts with <c>~/</c> (or <c>%7E/</c>, <c>%7e/</c>, as Markdig writes a
/// <c>~</c>). Positions are character indexes into the scanned text.
/// </summary>
/// <param name="Start">Index of the attribute name.</param>
/// <param name="EqualsSign">Index of the <c>=</c> after the name (the name is <c>[Start, EqualsSign)</c>).</param>
/// <param name="PathStart">Index just after <c>~/</c> or <c>%7E/</c>.</param>
/// <param name="Split">Index of the first <c>#</c> or <c>?</c> of the value, or <paramref name="Close"/> when there is none.</param>
/// <param name="Close">Index of the closing quote.</param>
internal readonly record struct RootLink(int Start, int EqualsSign, int PathStart, int Split, int Close)
{
    /// <summary>Index just after the closing quote.</summary>
    public int End => Close + 1;
}

/// <summary>
/// Finds site-root links (<see cref="RootLink"/>) in one left-to-right pass without regular
/// expressions: the same matches, in the same order, as the pattern
/// <c>(href|src|action|data-root)="(~|%7E|%7e)/([^"]*)"</c> (leftmost, non-overlapping, case-sensitive,
/// no word boundary before the name), but allocating nothing.
/// </summary>
internal static class RootLinks
{
    /// <summary>Finds the first link that starts at or after <paramref name="from"/>.</summary>
    /// <returns>False when there is none.</returns>
    public static bool TryFind(ReadOnlySpan<char> html, int from, out RootLink link)
    {
        var i = from;
        while (i < html.Length)
        {
            var found = html[i..].IndexOf("=\"", StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var equals = i + found;
            i = equals + 1;
            var name = NameLength(html[..equals]);
            if (name == 0 || equals - name < from)
            {
                continue;
            }

            var value = html[(equals + 2)..];
            int skip;
            if (value.StartsWith("~/", StringComparison.Ordinal))
            {
                skip = 2;
            }
            else if (value.Length >= 4 && value[0] == '%' && value[1] == '7' && (value[2] == 'E' || value[2] == 'e') && value[3] == '/')
            {
                skip = 4;
            }
            else
            {
                continue;
            }

            var pathStart = equals + 2 + skip;
            var close = html[pathStart..].IndexOf('"');
            if (close < 0)
            {
                // no closing quote anywhere after: no later link can close either
                break;
            }

            close += pathStart;
            var split = html[pathStart..close].IndexOfAny('#', '?');
            link = new RootLink(equals - name, equals, pathStart, split < 0 ? close : pathStart + split, close);
            return true;
        }

        link = default;
        return false;
    }

    /// <summary>True when <paramref name="html"/> holds at least one site-root link.</summary>
    public static bool Any(ReadOnlySpan<char> html) => TryFind(html, 0, out _);

    private static int NameLength(ReadOnlySpan<char> before) =>
        before.EndsWith("href", StringComparison.Ordinal) ? 4
        : before.EndsWith("src", StringComparison.Ordinal) ? 3
        : before.EndsWith("action", StringComparison.Ordinal) ? 6
        : before.EndsWith("data-root", StringComparison.Ordinal) ? 9
        : 0;
}
