using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Shows the owner and due-date tokens of a note's action items as what they mean (issue #16, item 5): in the
/// rendered body, inside task-list items only, <c>@priya-nair</c> becomes a link to Priya's page with her name,
/// <c>@me</c> the owner's name, and <c>due:2026-04-09</c> a <c>&lt;time&gt;</c> reading "due Thu 9 Apr 2026".
/// Tokens inside code, links or other tags' attributes are left alone, and so is an <c>@word</c> that names
/// nobody (the note's warning already says so). The note file is never changed: this is the page only.
/// </summary>
internal static partial class TaskTokens
{
    /// <summary>Rewrites the task-list items of <paramref name="bodyHtml"/> (as <see cref="Modules.RenderMarkdown"/> writes them).</summary>
    /// <param name="bodyHtml">A note's body HTML.</param>
    /// <param name="journal">The journal, for names.</param>
    /// <param name="directory">Resolves <c>@</c> names to people (ids, names, aliases).</param>
    /// <param name="views">Person links.</param>
    public static string Render(string bodyHtml, JournalModel journal, PersonDirectory directory, Views views)
    {
        if (!bodyHtml.Contains("task-list-item", StringComparison.Ordinal))
        {
            return bodyHtml; // most notes: nothing to look at
        }

        // ValueMatch and spans rather than Match objects and substrings: every note page with a task list runs this over
        // its whole body, and the Match and Group objects were most of what a note page allocated (docs/benchmarks.md,
        // "Native build (issue #19)")
        // a pooled buffer rather than a StringBuilder: the builder's array (the body's size again) was, after the
        // result itself, what this allocated most (docs/benchmarks.md, "Fifth figures")
        using var output = new Text.TextBuffer(bodyHtml.Length + 256);
        var depth = 0;      // inside how many task-list <li> (nested lists close their own)
        var skip = 0;       // inside <code>, <pre> or <a>: leave the text as written
        var liDepth = 0;    // <li> nesting, to find the task item's closing tag
        Stack<int>? taskAt = null;
        var position = 0;
        foreach (var match in Tag().EnumerateMatches(bodyHtml))
        {
            var text = bodyHtml.AsSpan(position, match.Index - position);
            if (depth > 0 && skip == 0 && (text.Contains('@') || text.Contains("due:", StringComparison.OrdinalIgnoreCase)))
            {
                output.Write(RenderText(text.ToString(), journal, directory, views));
            }
            else
            {
                output.Write(text);
            }

            var tag = bodyHtml.AsSpan(match.Index, match.Length);
            var closing = tag[1] == '/';
            var name = TagName(tag[(closing ? 2 : 1)..]);
            if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    liDepth++;
                    if (tag.Contains("task-list-item", StringComparison.Ordinal))
                    {
                        (taskAt ??= new Stack<int>()).Push(liDepth);
                        depth++;
                    }
                }
                else
                {
                    if (taskAt is { Count: > 0 } && taskAt.Peek() == liDepth)
                    {
                        taskAt.Pop();
                        depth--;
                    }

                    liDepth--;
                }
            }
            else if ((name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("a", StringComparison.OrdinalIgnoreCase))
                     && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                skip = Math.Max(0, skip + (closing ? -1 : 1));
            }

            output.Write(tag);
            position = match.Index + match.Length;
        }

        output.Write(bodyHtml.AsSpan(position));
        return output.ToString();
    }

    /// <summary>The tag name at the start of <paramref name="rest"/> (what follows <c>&lt;</c> or <c>&lt;/</c>): <c>[A-Za-z][A-Za-z0-9]*</c>, as <see cref="Tag"/> matched it.</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> rest)
    {
        var end = 1;
        while (end < rest.Length && char.IsAsciiLetterOrDigit(rest[end]))
        {
            end++;
        }

        return rest[..end];
    }

    /// <summary>The owner and due tokens of <paramref name="text"/> (text of a task item, holding an <c>@</c> or <c>due:</c>) as links and dates.</summary>
    private static string RenderText(string text, JournalModel journal, PersonDirectory directory, Views views)
    {
        return Token().Replace(text, m =>
        {
            if (m.Groups["owner"].Success)
            {
                var written = m.Groups["owner"].Value;
                if (written.Equals("me", StringComparison.OrdinalIgnoreCase))
                {
                    return $"<span class=\"owner\">{Theming.HtmlEncoding.Encode(journal.Owner)}</span>";
                }

                if (directory.Resolve(written) is not { } id)
                {
                    return m.Value;
                }

                var person = views.Person(id);
                return $"<a class=\"owner\" href=\"{person.Url}\">{Theming.HtmlEncoding.Encode(person.Name)}</a>";
            }

            if (!DateOnly.TryParseExact(m.Groups["due"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                return m.Value; // not a date: the note's warning says so, the text stays as written
            }

            return $"<time class=\"due\" datetime=\"{Format.Iso(due)}\">due {Format.Date(due)}</time>";
        });
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    // the same owner and due tokens as Parsing.TaskItemParser reads
    [GeneratedRegex(@"(?<![\w@])@(?<owner>[A-Za-z][\w\-]*[\w])|(?<!\S)due:\s*(?<due>\d{4}-\d{2}-\d{2})(?!\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
