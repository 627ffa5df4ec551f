using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Finds action items, feedback, wins and inline <c>#tags</c> (in any paragraph, list item or quote) in a
/// parsed Markdown body (Markdig's syntax tree), with their line numbers. Sections are found by heading text (DESIGN.md: "Feedback and Wins sections
/// (by heading)"); a section ends at the next heading of the same or a higher level.
/// </summary>
public static partial class MarkdownAnalyzer
{
    private enum Section
    {
        None,
        Feedback,
        Wins,
        Next,
    }

    /// <summary>Analyses <paramref name="document"/>.</summary>
    /// <param name="document">The body parsed with <see cref="MarkdownPipelines.Notes"/>.</param>
    /// <param name="bodyLine">1-based line of the body's first line in the file.</param>
    public static MarkdownBody Analyze(MarkdownDocument document, int bodyLine)
    {
        var tasks = new List<TaskItem>();
        var feedback = new List<FeedbackEntry>();
        var wins = new List<string>();
        var tags = new List<string>();
        var problems = new List<(int, string)>();
        var next = new List<string>();
        var dropped = new List<string>();

        var section = Section.None;
        var sectionLevel = 0;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var kind = Classify(InlineText(heading.Inline));
                    if (kind != Section.None)
                    {
                        section = kind;
                        sectionLevel = heading.Level;
                    }
                    else if (heading.Level <= sectionLevel)
                    {
                        section = Section.None;
                        sectionLevel = 0;
                    }

                    break;
                case ListBlock list when section != Section.None:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
                        if (paragraph?.Inline is null || paragraph.Inline.FirstChild is TaskList)
                        {
                            continue;
                        }

                        var text = InlineText(paragraph.Inline);
                        if (section == Section.Next)
                        {
                            // a whole item struck through drops the topic; the text has no tildes (strikethrough is parsed)
                            (IsStruckThrough(paragraph.Inline) ? dropped : next).Add(text);
                        }
                        else if (section == Section.Wins)
                        {
                            wins.Add(text);
                        }
                        else
                        {
                            feedback.Add(ClassifyFeedback(text, bodyLine + paragraph.Line));
                        }
                    }

                    break;
            }
        }

        // inline #tags anywhere in the text: paragraphs, list items (Obsidian notes are often all bullets), quotes
        var builder = RentBuilder();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null)
            {
                continue;
            }

            builder.Clear();
            Append(paragraph.Inline, builder);
            if (!Contains(builder, '#'))
            {
                continue; // no tag: no string for this paragraph
            }

            var text = InlineText(paragraph.Inline);
            foreach (var m in TagPattern().EnumerateMatches(text))
            {
                // the match is '#' followed by the tag (group 1)
                tags.Add(text.Substring(m.Index + 1, m.Length - 1).ToLowerInvariant());
            }
        }

        foreach (var item in document.Descendants<ListItemBlock>())
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            if (paragraph?.Inline?.FirstChild is not TaskList box)
            {
                // a Logseq block: "- TODO ...", "- DONE ..." (Conventions/LogseqBlocks)
                if (paragraph?.Inline?.FirstChild is LiteralInline { Content: var start } && start.Length >= 3 && char.IsAsciiLetterUpper(start[start.Start])
                    && Conventions.LogseqBlocks.Task(InlineText(paragraph.Inline), bodyLine + paragraph.Line) is ({ } logseq, var logseqProblem))
                {
                    tasks.Add(logseq);
                    if (logseqProblem is not null)
                    {
                        problems.Add((logseq.Line, logseqProblem));
                    }
                }

                continue;
            }

            var line = bodyLine + paragraph.Line;
            var text = InlineText(paragraph.Inline);
            // [[Jordan Lee]] at the start or end of the item names the owner (Conventions/ActionOwners)
            var linked = text.Length > 0 && paragraph.Inline.Descendants<LinkInline>().Any() ? Conventions.ActionOwners.Linked(paragraph.Inline) : null;
            var (task, problem) = TaskItemParser.Parse(text, box.Checked, line);
            if (task.Owner is null && linked is var (linkedId, label) && label.Length > 0)
            {
                var rest = task.Text.StartsWith(label, StringComparison.Ordinal) ? task.Text[label.Length..]
                    : task.Text.EndsWith(label, StringComparison.Ordinal) ? task.Text[..^label.Length]
                    : task.Text;
                task = task with { Owner = linkedId, Text = rest.Trim().Trim(':', '-', '–', ',').Trim() };
            }

            tasks.Add(task);
            if (problem is not null)
            {
                problems.Add((line, problem));
            }
        }

        // action tables: | Action | Owner | Due | Done | (Conventions/ActionTables)
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            var (rows, tableProblems) = Conventions.ActionTables.Read(table, bodyLine);
            tasks.AddRange(rows);
            problems.AddRange(tableProblems);
        }

        return new MarkdownBody(tasks, feedback, wins, tags.Distinct().ToList(), problems) { Next = next, DroppedNext = dropped };
    }

    /// <summary>
    /// Reads DESIGN.md's feedback forms: <c>Given (praise): ...</c>, <c>Received (constructive): ...</c>,
    /// or a line with <c>(praise)</c> / <c>(constructive)</c> anywhere. The classifying words are removed from the text.
    /// </summary>
    public static FeedbackEntry ClassifyFeedback(string text, int line)
    {
        var direction = FeedbackDirection.Unspecified;
        var kind = FeedbackKind.Unspecified;
        var match = FeedbackPrefix().Match(text);
        if (match.Success)
        {
            direction = match.Groups["dir"].Value.StartsWith('g') || match.Groups["dir"].Value.StartsWith('G') ? FeedbackDirection.Given : FeedbackDirection.Received;
            if (match.Groups["kind"].Success)
            {
                kind = match.Groups["kind"].Value.StartsWith('p') || match.Groups["kind"].Value.StartsWith('P') ? FeedbackKind.Praise : FeedbackKind.Constructive;
            }

            text = text[match.Length..];
        }

        var kindMatch = KindAnywhere().Match(text);
        if (kindMatch.Success)
        {
            if (kind == FeedbackKind.Unspecified)
            {
                kind = kindMatch.Groups[1].Value.StartsWith('p') || kindMatch.Groups[1].Value.StartsWith('P') ? FeedbackKind.Praise : FeedbackKind.Constructive;
            }

            text = text.Remove(kindMatch.Index, kindMatch.Length);
        }

        return new FeedbackEntry(direction, kind, text.Trim().TrimStart(':', '-', ' ').Trim(), line);
    }

    /// <summary>The plain text of inline content: literals, code, link labels; line breaks become spaces.</summary>
    public static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = RentBuilder();
        builder.Clear();
        Append(inline, builder);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, builder.Length));
        try
        {
            return new string(buffer, 0, Collapse(builder, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends <see cref="InlineText"/> of <paramref name="inline"/> to <paramref name="output"/> (a summary joins paragraphs without a string each).</summary>
    public static void AppendInlineText(ContainerInline? inline, StringBuilder output)
    {
        if (inline is null)
        {
            return;
        }

        var builder = RentBuilder();
        builder.Clear();
        Append(inline, builder);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, builder.Length));
        try
        {
            output.Append(buffer, 0, Collapse(builder, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>This thread's scratch builder (callers clear it; nothing keeps it across calls).</summary>
    private static StringBuilder RentBuilder()
    {
        var builder = t_builder ??= new StringBuilder(1024);
        if (builder.Capacity > 64 * 1024)
        {
            t_builder = builder = new StringBuilder(1024);
        }

        return builder;
    }

    /// <summary>
    /// Writes the text of <paramref name="builder"/> to <paramref name="buffer"/> as <c>Regex.Replace(text, @"\s{2,}", " ").Trim()</c>
    /// would give it: runs of two or more white-space characters become one space, single ones stay, the ends are trimmed.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    private static int Collapse(StringBuilder builder, char[] buffer)
    {
        var length = builder.Length;
        builder.CopyTo(0, buffer, length);
        var from = 0;
        var to = length;
        while (from < to && char.IsWhiteSpace(buffer[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(buffer[to - 1]))
        {
            to--;
        }

        // in place: the write position never passes the read position
        var written = 0;
        var i = from;
        while (i < to)
        {
            var c = buffer[i];
            if (!char.IsWhiteSpace(c))
            {
                buffer[written++] = c;
                i++;
                continue;
            }

            var run = i + 1;
            while (run < to && char.IsWhiteSpace(buffer[run]))
            {
                run++;
            }

            buffer[written++] = run - i >= 2 ? ' ' : c;
            i = run;
        }

        return written;
    }

    private static bool Contains(StringBuilder builder, char c)
    {
        foreach (var chunk in builder.GetChunks())
        {
            if (chunk.Span.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case TaskList:
                break;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline auto:
                builder.Append(auto.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    /// <summary>True when the inline content is one struck-through run (<c>~~text~~</c>), white space aside.</summary>
    private static bool IsStruckThrough(ContainerInline inline)
    {
        var struck = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 })
            {
                struck = true;
            }
            else if (!(child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            {
                return false;
            }
        }

        return struck;
    }

    private static Section Classify(string heading)
    {
        var h = heading.Trim().TrimEnd(':').ToLowerInvariant();
        return h switch
        {
            "feedback" => Section.Feedback,
            "wins" or "win" or "wins and kudos" or "kudos" => Section.Wins,
            _ when Conventions.NextTimeSection.IsHeading(h) => Section.Next,
            _ => Section.None,
        };
    }

    [GeneratedRegex(@"^\s*(?<dir>given|received|gave|got)\b\s*(?:\((?<kind>praise|constructive)\))?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackPrefix();

    [GeneratedRegex(@"\((praise|constructive)\)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex KindAnywhere();

    [GeneratedRegex(@"(?<![\w&#/])#([\p{L}][\p{L}\p{N}_\-/]*)")]
    private static partial Regex TagPattern();

}
