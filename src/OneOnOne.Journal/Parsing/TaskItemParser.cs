using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Reads one task-list item's text (DESIGN.md, "Action items"): <c>@id</c> or <c>@me</c> names the
/// owner; <c>due:YYYY-MM-DD</c> or the Obsidian Tasks <c>📅 YYYY-MM-DD</c> gives the due date;
/// <c>✅ YYYY-MM-DD</c> the completion date; other Obsidian Tasks markers (➕ created, ⏳ scheduled,
/// 🛫 start, priorities) are removed from the text.
/// </summary>
public static partial class TaskItemParser
{
    /// <summary>Parses the text of an item (after the checkbox).</summary>
    /// <param name="text">The item's inline text.</param>
    /// <param name="done">Whether the box is checked.</param>
    /// <param name="line">1-based line in the file.</param>
    /// <returns>The item, and a plain message when a date token could not be read (the token is then kept in the text).</returns>
    public static (TaskItem Item, string? Problem) Parse(string text, bool done, int line)
    {
        string? problem = null;
        string? owner = null;
        DateOnly? due = null;
        DateOnly? doneOn = null;

        var ownerMatch = OwnerPattern().Match(text);
        if (ownerMatch.Success)
        {
            owner = ownerMatch.Groups[1].Value.ToLowerInvariant();
            text = text.Remove(ownerMatch.Index, ownerMatch.Length);
        }

        text = DuePattern().Replace(text, m =>
        {
            var date = JournalDate.ParseDate(m.Groups[1].Value);
            if (date is null)
            {
                problem = $"'{m.Value.Trim()}' is not a due date; write due:YYYY-MM-DD";
                return m.Value;
            }

            due = date;
            return " ";
        });
        text = EmojiDatePattern().Replace(text, m =>
        {
            var date = JournalDate.ParseDate(m.Groups[2].Value);
            if (date is null)
            {
                problem = $"'{m.Value.Trim()}' is not a date; write YYYY-MM-DD";
                return m.Value;
            }

            switch (m.Groups[1].Value)
            {
                case "📅": due = date; break;
                case "✅": doneOn = date; break;
            }

            return " ";
        });
        text = MarkerPattern().Replace(text, " ");
        text = Spaces().Replace(text, " ").Trim();
        return (new TaskItem(text, owner, due, done, doneOn, line), problem);
    }

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z][\w\-]*[\w])")]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"(?<!\S)due:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"(📅|✅|➕|⏳|🛫)\uFE0F?\s*(\S+)")]
    private static partial Regex EmojiDatePattern();

    [GeneratedRegex(@"(🔁|⏫|🔼|🔽|🔺|⏬)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
