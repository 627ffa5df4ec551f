using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// What the top of a note's Markdown body says about the meeting, in the habits of other tools (issue #15): the first
/// heading (<c># 1:1 with Jordan – 2026-01-21</c>), the first line (Logseq's <c>- [[Aug 13th, 2024]] ...</c>), the
/// <c>Attendees:</c> / <c>With:</c> / <c>Date:</c> lines (plain, bold <c>**Attendees:**</c>, or Logseq properties
/// <c>attendees::</c>), and the <c>#people/&lt;name&gt;</c> / <c>#person/&lt;name&gt;</c> tags anywhere in the body.
/// Read from the raw Markdown, before <c>[[links]]</c> are resolved, so that notes and publish's privacy check
/// (<see cref="Modules.RemovePrivateContent"/>) see the same names.
/// </summary>
/// <param name="Heading">The text of the first heading, or null when none comes before the head ends.</param>
/// <param name="HeadingLine">The heading's line in the file (1-based), or 0.</param>
/// <param name="FirstLine">The first non-blank line, without a list marker, or null for an empty body.</param>
/// <param name="FirstLineNumber">Its line in the file, or 0.</param>
/// <param name="PeopleLines">The values of <c>Attendees:</c>, <c>Participants:</c>, <c>People:</c> and <c>With:</c> lines in the head, with their lines.</param>
/// <param name="DateLines">The values of <c>Date:</c> lines in the head, with their lines.</param>
/// <param name="PeopleTags">The names of <c>#people/…</c> and <c>#person/…</c> tags in the body, with their lines.</param>
public sealed partial record NoteHead(
    string? Heading,
    int HeadingLine,
    string? FirstLine,
    int FirstLineNumber,
    IReadOnlyList<(string Text, int Line)> PeopleLines,
    IReadOnlyList<(string Text, int Line)> DateLines,
    IReadOnlyList<(string Text, int Line)> PeopleTags)
{
    /// <summary>A body that says nothing.</summary>
    public static readonly NoteHead Empty = new(null, 0, null, 0, [], [], []);

    /// <summary>
    /// How many lines of the body are the head: a template's title, date and attendee lines come first, and a
    /// <c>With:</c> further down is more likely a sentence than an attendee list.
    /// </summary>
    public const int MaxLines = 20;

    /// <summary>Reads the head of a Markdown body.</summary>
    /// <param name="markdown">The body, after the front matter.</param>
    /// <param name="bodyLine">The body's first line in the file (1-based).</param>
    public static NoteHead Read(string markdown, int bodyLine)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Empty;
        }

        string? heading = null, first = null;
        int headingLine = 0, firstLine = 0;
        var people = new List<(string, int)>();
        var dates = new List<(string, int)>();
        var lineNumber = Math.Max(1, bodyLine) - 1;
        var seen = 0;
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (++seen > MaxLines)
            {
                break;
            }

            var line = raw.Trim().ToString();
            if (line.Length == 0)
            {
                continue;
            }

            if (first is null)
            {
                first = ListMarker().Replace(line, "");
                firstLine = lineNumber;
            }

            if (line.StartsWith('#') && HeadingPattern().Match(line) is { Success: true } h)
            {
                if (heading is not null && h.Groups["level"].Length > 1)
                {
                    break; // the first section after the title: the head is over
                }

                heading ??= h.Groups["text"].Value.Trim();
                headingLine = headingLine == 0 ? lineNumber : headingLine;
                continue;
            }

            if (FieldLine().Match(ListMarker().Replace(line, "")) is { Success: true } f && f.Groups["value"].Value.Trim() is { Length: > 0 } value)
            {
                (f.Groups["key"].Value.Equals("date", StringComparison.OrdinalIgnoreCase) ? dates : people).Add((value, lineNumber));
            }
        }

        var tags = new List<(string, int)>();
        if (markdown.Contains("#pe", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in PeopleTag().Matches(markdown))
            {
                tags.Add((m.Groups["name"].Value, Math.Max(1, bodyLine) + markdown.AsSpan(0, m.Index).Count('\n')));
            }
        }

        return new NoteHead(heading, headingLine, first, firstLine, people, dates, tags);
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.+?)\s*#*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    // Attendees: a, b | **Attendees:** a | **Attendees**: a | attendees:: [[A]], [[B]] (Logseq)
    [GeneratedRegex(@"^(?:\*\*|__)?(?<key>attendees|participants|people|with|date)(?:\*\*|__)?\s*::?\s*(?:\*\*|__)?\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"(?<![\w/#])#(?:people|person)/(?<name>[\p{L}\p{N}_\-./]+[\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleTag();
}
