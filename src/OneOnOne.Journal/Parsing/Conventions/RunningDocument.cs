using System.Globalization;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>One meeting of a running document: the dated heading (or bold date line) and the Markdown up to the next one.</summary>
/// <param name="Date">The meeting's date, read from the heading.</param>
/// <param name="Markdown">The section's Markdown, from its heading (or, for the first section, from the start of the body: the text before it is its context) to the next section.</param>
/// <param name="FirstLine">0-based line of the body where <paramref name="Markdown"/> starts.</param>
/// <param name="HeadingLine">0-based line of the body of the dated heading.</param>
public sealed record RunningSection(DateOnly Date, string Markdown, int FirstLine, int HeadingLine);

/// <summary>
/// Recognises a running document (issue #15, item 2; docs/journal-format.md, "A running document per person"): one
/// file per person with one dated heading (<c>## 2026-01-21</c>, <c>### Jan 21, 2026</c>, <c>## Wed 21 January 2026</c>)
/// or bold date line (<c>**2026-01-21**</c>) per meeting, newest first or last. Pure: text in, sections out.
/// </summary>
/// <remarks>
/// The sections are the dated headings of the level of the first one (a dated sub-heading inside a meeting is part of
/// that meeting); bold date lines count only when there is no dated heading. At least two sections are needed: a file
/// with one dated heading is one meeting dated by its heading, which is the first-heading date convention, not a
/// running document. Lines inside fenced code blocks are never headings. The text before the first dated section is
/// not a meeting: it is kept as the context of the first section in file order (the newest one in a newest-first
/// document, where that text is usually the agenda being gathered for the next meeting).
/// </remarks>
public static partial class RunningDocument
{
    /// <summary>Splits a body into its dated sections.</summary>
    /// <param name="markdown">The Markdown body (front matter removed).</param>
    /// <returns>The sections in file order, or an empty list when the body is not a running document.</returns>
    public static IReadOnlyList<RunningSection> Split(string markdown)
    {
        var lines = markdown.Split('\n');
        var headings = new List<(int Line, int Level, DateOnly Date)>();
        var fence = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence.Length == 0 ? marker : fence == marker ? "" : fence;
                continue;
            }

            if (fence.Length > 0 || line.Length - trimmed.Length > 3)
            {
                continue;
            }

            var heading = Heading().Match(trimmed);
            if (heading.Success && DateIn(heading.Groups["text"].Value) is { } date)
            {
                headings.Add((i, heading.Groups["hashes"].Length, date));
            }
            else if (BoldDate().Match(trimmed) is { Success: true } bold && DateIn(bold.Groups["text"].Value) is { } boldDate)
            {
                headings.Add((i, 7, boldDate)); // below every heading level: used only without dated headings
            }
        }

        var level = headings.Where(h => h.Level < 7).Select(h => h.Level).DefaultIfEmpty(7).First();
        var starts = headings.Where(h => h.Level == level).ToList();
        if (starts.Count < 2)
        {
            return [];
        }

        var sections = new List<RunningSection>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var from = k == 0 ? 0 : starts[k].Line;
            var to = k + 1 < starts.Count ? starts[k + 1].Line : lines.Length;
            sections.Add(new RunningSection(starts[k].Date, string.Join('\n', lines[from..to]), from, starts[k].Line));
        }

        return sections;
    }

    /// <summary>
    /// The date a heading's text is, or names with little around it: an ISO date (<c>2026-01-21</c>), a written one
    /// (<c>Jan 21, 2026</c>, <c>21 January 2026</c>, either with a weekday), or either after a short label
    /// (<c>1:1 – 2026-01-21</c>); null for any other text, and for a date that is not a real day.
    /// </summary>
    public static DateOnly? DateIn(string text)
    {
        var t = text.Trim().Trim('*', '_', '[', ']').Trim();
        if (t.Length == 0 || t.Length > 80)
        {
            return null;
        }

        var iso = IsoDate().Match(t);
        if (iso.Success && IsoLine().IsMatch(t))
        {
            return DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        var written = WrittenDate().Match(t);
        if (!written.Success)
        {
            return null;
        }

        var day = written.Groups["d1"].Success ? written.Groups["d1"].Value : written.Groups["d2"].Value;
        var month = written.Groups["m1"].Success ? written.Groups["m1"].Value : written.Groups["m2"].Value;
        var monthNumber = Array.FindIndex(Months, m => month.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        return monthNumber > 0
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
            && int.TryParse(written.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            && dd >= 1 && dd <= DateTime.DaysInMonth(yy, monthNumber)
            ? new DateOnly(yy, monthNumber, dd)
            : null;
    }

    /// <summary>
    /// The person a running document's file name names: the whole stem, else a run of its words, as an id, name or
    /// alias (<see cref="PersonDirectory.Resolve"/>), else one word that is exactly one person's first name
    /// (<see cref="PersonDirectory.Match"/>): <c>jordan-1on1</c>, <c>Jordan Lee 1-1 doc</c>, <c>1on1 with Jordan</c>.
    /// Never the owner's own person file.
    /// </summary>
    /// <returns>The person's id, or null when the stem names nobody, or names two people.</returns>
    public static string? PersonInStem(string stem, PersonDirectory people)
    {
        bool Other(string id) => people.ById[id].Relationship != Relationship.Self;
        if (people.Resolve(stem) is { } whole && Other(whole))
        {
            return whole;
        }

        // the longest runs first, so that "Sam Rivera" is one person and not also a "Sam"; a word is used by one run at most
        var words = StemWords().Split(stem).Where(w => w.Length > 0).ToArray();
        var used = new bool[words.Length];
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var length = words.Length; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (used.AsSpan(start, length).Contains(true))
                {
                    continue;
                }

                var phrase = string.Join(' ', words[start..(start + length)]);
                var id = people.Resolve(phrase) ?? (length == 1 && people.Match(phrase) is [var only] ? only : null);
                if (id is not null && Other(id))
                {
                    found.Add(id);
                    used.AsSpan(start, length).Fill(true);
                }
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"^(?<hashes>#{1,6})[ \t]+(?<text>.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\*\*|__)(?<text>[^*_]+)\1[ \t]*:?[ \t]*$")]
    private static partial Regex BoldDate();

    // the date is the text, or ends or starts it after/before a short label and a separator
    [GeneratedRegex(@"^(?:.{0,40}?[\s:–—\-|]\s*)?(?:\w{3,9},?\s+)?\d{4}-\d{2}-\d{2}(?:\s*\(?\w{3,9}\)?)?$")]
    private static partial Regex IsoLine();

    [GeneratedRegex(@"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:.{0,40}?[\s:–—\-|]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:(?<m1>[A-Za-z]{3,9})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>[A-Za-z]{3,9})\.?,?)\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"[\s_\-.,()]+")]
    private static partial Regex StemWords();
}
