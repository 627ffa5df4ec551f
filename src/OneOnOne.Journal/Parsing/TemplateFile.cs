using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Recognises a note template by its placeholders (issue #15): a template kept outside the vault's templates folder
/// is not a meeting, and its <c>date: {{date}}</c> would otherwise be reported as a broken date. Recognised:
/// Templater commands (<c>&lt;% … %&gt;</c>) and Obsidian's <c>{{date}}</c>, <c>{{time}}</c>, <c>{{title}}</c>
/// (with or without a format, <c>{{date:YYYY-MM-DD}}</c>) anywhere in the text; a literal <c>YYYY-MM-DD</c> only
/// in the front matter, the first heading or the file name, where a real note has its date (so that a note that
/// merely mentions the format is still read). Pure.
/// </summary>
public static partial class TemplateFile
{
    /// <summary>Why <paramref name="text"/> (a file's whole text, LF line endings) named <paramref name="path"/> is a template, or null when it is not one.</summary>
    /// <param name="path">The file's path or name (only its name is looked at).</param>
    /// <param name="text">The file's text.</param>
    /// <returns>A short reason for an info line, e.g. <c>a template: {{date}} placeholder</c>.</returns>
    public static string? Recognise(string path, string text)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (Obsidian().Match(name) is { Success: true } inName)
        {
            return $"a template: {inName.Value} in the file name";
        }

        if (name.Contains("YYYY-MM-DD", StringComparison.Ordinal))
        {
            return "a template: YYYY-MM-DD in the file name";
        }

        var templater = text.IndexOf("<%", StringComparison.Ordinal);
        if (templater >= 0 && text.IndexOf("%>", templater + 2, StringComparison.Ordinal) > templater)
        {
            return "a template: Templater <% %> commands";
        }

        if (Obsidian().Match(text) is { Success: true } placeholder)
        {
            return $"a template: {placeholder.Value} placeholder";
        }

        if (Head(text).Contains("YYYY-MM-DD", StringComparison.Ordinal))
        {
            return "a template: YYYY-MM-DD placeholder";
        }

        return null;
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
}
