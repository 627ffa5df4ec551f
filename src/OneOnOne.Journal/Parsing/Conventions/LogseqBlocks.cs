using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Logseq's outline habits (issue #15; docs/journal-format.md, "Logseq outlines"): a block that starts with
/// <c>TODO</c>, <c>DOING</c>, <c>LATER</c> or <c>NOW</c> is an open action item and one that starts with <c>DONE</c> a
/// done one; <c>DEADLINE: &lt;2026-01-21 Wed&gt;</c> is its due date; <c>SCHEDULED: &lt;...&gt;</c> is dropped (a plan to
/// work on it, not a due date); property lines (<c>id:: 65a1...</c>, <c>collapsed:: true</c>) are not shown.
/// </summary>
public static partial class LogseqBlocks
{
    /// <summary>Reads a list item's text as a Logseq task, when it starts with a marker.</summary>
    /// <param name="text">The item's inline text (line breaks as spaces).</param>
    /// <param name="line">1-based line in the file.</param>
    /// <returns>The item and a plain message for a date that could not be read (null item when the text has no marker).</returns>
    public static (TaskItem? Item, string? Problem) Task(string text, int line)
    {
        var marker = Marker().Match(text);
        if (!marker.Success)
        {
            return (null, null);
        }

        var done = marker.Groups[1].Value == "DONE";
        text = text[marker.Length..];
        DateOnly? due = null;
        string? problem = null;
        text = Planning().Replace(text, m =>
        {
            if (m.Groups["kind"].Value == "SCHEDULED")
            {
                return " ";
            }

            if (JournalDate.ParseDate(m.Groups["date"].Value) is { } date)
            {
                due = date;
                return " ";
            }

            problem = $"'{m.Value.Trim()}' is not a date; write DEADLINE: <YYYY-MM-DD>";
            return m.Value;
        });
        var (item, itemProblem) = TaskItemParser.Parse(text, done, line);
        return (item with { Due = due ?? item.Due }, problem ?? itemProblem);
    }

    /// <summary>Hides Logseq property lines (<c>key:: value</c>) from the page: each becomes an empty HTML comment on its line, so that line numbers stay right.</summary>
    /// <param name="markdown">A note's Markdown body.</param>
    /// <returns>The body with property lines blanked, or the same string when it has none.</returns>
    public static string HideProperties(string markdown) =>
        markdown.Contains(":: ", StringComparison.Ordinal) || markdown.Contains("::\n", StringComparison.Ordinal)
            ? Property().Replace(markdown, "${indent}<!-- -->")
            : markdown;

    [GeneratedRegex(@"^\s*(TODO|DOING|LATER|NOW|DONE)\s+")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<kind>DEADLINE|SCHEDULED):\s*<(?<date>[^\s>]*)[^>]*>")]
    private static partial Regex Planning();

    // a whole line "key:: value" (optionally "- key:: value", a property block), outside any other text
    [GeneratedRegex(@"^(?<indent>[ \t]*(?:[-*+][ \t]+)?)[A-Za-z][\w\-]*::(?:[ \t].*)?$", RegexOptions.Multiline)]
    private static partial Regex Property();
}
