using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Obsidian shows a note's file name as its title, so many notes also start with a heading that says the same: the
/// note page already shows the title as its <c>h1</c>, and that heading is not shown twice (issue #15).
/// </summary>
internal static partial class RepeatedTitle
{
    /// <summary>
    /// <paramref name="bodyHtml"/> without its first element when that element is a heading (any level) whose text equals one
    /// of <paramref name="titles"/>, ignoring case and runs of white space; otherwise <paramref name="bodyHtml"/> unchanged.
    /// </summary>
    public static string Remove(string bodyHtml, params string[] titles)
    {
        var match = FirstHeading().Match(bodyHtml);
        if (!match.Success)
        {
            return bodyHtml;
        }

        var text = Normalize(HtmlText.ToPlainText(match.Groups["text"].Value));
        return titles.Any(t => string.Equals(Normalize(t), text, StringComparison.OrdinalIgnoreCase)) ? bodyHtml[match.Length..] : bodyHtml;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\A\s*<h(?<level>[1-6])\b[^>]*>(?<text>.*?)</h\k<level>>\s*", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FirstHeading();
}
