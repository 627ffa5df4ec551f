using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Recognises a note template by its placeholders (issue #15): a template kept outside the vault's templates folder is
/// not a meeting, and its <c>date: {{date}}</c> (not valid YAML unquoted) or <c>date: YYYY-MM-DD</c> would otherwise be
/// reported as a broken note. A file is a template when the places where a note states its date and people (the front
/// matter, the first heading, the file name) hold a placeholder (Templater's <c>&lt;% … %&gt;</c>; Obsidian's
/// <c>{{date}}</c>, <c>{{time}}</c>, <c>{{title}}</c>, with or without a format; a literal <c>YYYY-MM-DD</c>) and no real
/// date. So a real note that kept an unrendered Templater command, or mentions the format in its text, is still read. Pure.
/// </summary>
public static partial class TemplateFile
{
    /// <summary>Whether the file named <paramref name="path"/> with <paramref name="text"/> (LF line endings) is a template.</summary>
    /// <param name="path">The file's path or name (only its name is looked at).</param>
    /// <param name="text">The file's whole text.</param>
    public static bool IsTemplate(string path, string text)
    {
        var head = Path.GetFileNameWithoutExtension(path) + "\n" + Head(text);
        var templater = head.IndexOf("<%", StringComparison.Ordinal);
        var placeholder = Obsidian().IsMatch(head)
            || head.Contains("YYYY-MM-DD", StringComparison.Ordinal)
            || (templater >= 0 && head.IndexOf("%>", templater + 2, StringComparison.Ordinal) > 0);
        return placeholder && !RealDate().IsMatch(head);
    }

    /// <summary>The front matter (when the text starts with <c>---</c>) and the first heading: where a note states its date.</summary>
    private static string Head(string text)
    {
        var end = 0;
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            end = close < 0 ? text.Length : close + 4;
        }

        var heading = FirstHeading().Match(text, end);
        return heading.Success ? text[..end] + "\n" + heading.Value : text[..end];
    }

    [GeneratedRegex(@"\{\{\s*(date|time|title)(:[^}\n]*)?\s*\}\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obsidian();

    [GeneratedRegex(@"^#{1,6}[ \t].*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RealDate();
}
