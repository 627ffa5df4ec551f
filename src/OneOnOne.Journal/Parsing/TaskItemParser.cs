using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Reads one task-list item's text (DESIGN.md, "Action items"): <c>@id</c> or <c>@me</c> names the
/// owner; <c>due:YYYY-MM-DD</c> or the Obsidian Tasks <c>📅 YYYY-MM-DD</c> gives the due date;
/// <c>✅ YYYY-MM-DD</c> or <c>done:YYYY-MM-DD</c> the completion date; other Obsidian Tasks markers (➕ created, ⏳ scheduled,
/// 🛫 start, priorities) are removed from the text. Without an <c>@id</c>, the owner may also be written as other tools and
/// habits write it (issue #15; <see cref="Conventions.ActionOwners"/>): <c>→ Name</c>, <c>-&gt; Name</c>, <c>Owner: Name</c>, or
/// <c>(Name)</c> at the end; the name is then kept as written, and resolved to a person when the note is built.
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

        var ownerMatch = text.Contains('@') ? OwnerPattern().Match(text) : Match.Empty;
        if (ownerMatch.Success)
        {
            owner = ownerMatch.Groups[1].Value.ToLowerInvariant();
            text = text.Remove(ownerMatch.Index, ownerMatch.Length);
        }

        text = RemoveDate(text, "due", DuePattern(), ref due, ref problem);
        text = RemoveDate(text, "done", DonePattern(), ref doneOn, ref problem);
        text = !text.AsSpan().ContainsAny(EmojiStarts) ? text : EmojiDatePattern().Replace(text, m =>
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
        text = text.AsSpan().ContainsAny(EmojiStarts) ? MarkerPattern().Replace(text, " ") : text;
        if (owner is null)
        {
            (text, owner, var ownerProblem) = Conventions.ActionOwners.Written(text);
            problem ??= ownerProblem;
        }

        text = CollapseSpaces(text);
        return (new TaskItem(text, owner, due, done, doneOn, line), problem);
    }

    // the first UTF-16 unit of every emoji the date and marker patterns look for (📅 ✅ ➕ ⏳ 🛫 🔁 ⏫ 🔼 🔽 🔺 ⏬): without one, those patterns cannot match
    private static readonly System.Buffers.SearchValues<char> EmojiStarts = System.Buffers.SearchValues.Create("\uD83D\uD83C\u2705\u2795\u23F3\u23EB\u23EC");

    /// <summary><c>Regex.Replace(text, @"\s+", " ").Trim()</c>, returning <paramref name="text"/> itself when nothing changes.</summary>
    internal static string CollapseSpaces(string text)
    {
        var clean = text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]));
        for (var i = 0; clean && i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                clean = false;
            }
        }

        return clean ? text : Spaces().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Removes each <c>key:YYYY-MM-DD</c> token that <paramref name="pattern"/> matches (group 1 is the date) and keeps its date
    /// in <paramref name="date"/> (the last one wins); a token whose date does not parse stays in the text and becomes the
    /// <paramref name="problem"/>, so the user sees what was not understood.
    /// </summary>
    private static string RemoveDate(string text, string key, Regex pattern, ref DateOnly? date, ref string? problem)
    {
        if (!text.Contains(key + ":", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var (found, issue) = (date, problem);
        var result = pattern.Replace(text, m =>
        {
            if (JournalDate.ParseDate(m.Groups[1].Value) is not { } parsed)
            {
                issue = $"'{m.Value.Trim()}' is not a {key} date; write {key}:YYYY-MM-DD";
                return m.Value;
            }

            found = parsed;
            return " ";
        });
        (date, problem) = (found, issue);
        return result;
    }

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z][\w\-]*[\w])")]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"(?<!\S)due:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"(?<!\S)done:\s*(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex DonePattern();

    [GeneratedRegex(@"(📅|✅|➕|⏳|🛫)\uFE0F?\s*(\S+)")]
    private static partial Regex EmojiDatePattern();

    [GeneratedRegex(@"(🔁|⏫|🔼|🔽|🔺|⏬)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
