using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Publishing;

/// <summary>
/// Removes <c>&lt;!-- private --&gt;</c> … <c>&lt;!-- /private --&gt;</c> blocks from Markdown for
/// publishing (DESIGN.md, "Privacy"). Line breaks inside a block are kept, so line numbers in
/// messages still match the file. A block that is never closed runs to the end of the file: when in
/// doubt, leave it out.
/// </summary>
public static partial class PrivateBlocks
{
    /// <summary>The text without its private blocks, and whether a block was left unclosed.</summary>
    public static (string Text, bool Unclosed) Remove(string markdown)
    {
        if (!markdown.Contains("<!--", StringComparison.Ordinal))
        {
            return (markdown, false);
        }

        var text = Closed().Replace(markdown, m => new string('\n', m.Value.Count(c => c == '\n')));
        var open = Open().Match(text);
        if (!open.Success)
        {
            return (text, false);
        }

        return (text[..open.Index] + new string('\n', text[open.Index..].Count(c => c == '\n')), true);
    }

    [GeneratedRegex(@"<!--\s*private\s*-->.*?<!--\s*/\s*private\s*-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Closed();

    [GeneratedRegex(@"<!--\s*private\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex Open();
}
