using System.Globalization;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Where other tools keep a meeting's date, when a note has neither <c>date:</c> nor a file name that starts with an
/// ISO date (issue #15, docs/journal-format.md "Bringing your notes"). In this order: a Logseq journal page's name
/// (<c>journals/2024_08_13.md</c>); the folders (<c>2026/01/21/…</c>, <c>2026-01-21/…</c>); the first heading, a
/// <c>Date:</c> line or the first line of the body (<c># 1:1 with Jordan – 2026-01-21</c>, <c># Jan 21, 2026</c>,
/// <c>- [[Aug 13th, 2024]]</c>); the <c>created:</c> / <c>date created:</c> property; a file name that starts with a
/// two-digit-year date (<c>24-12-20 Jordan.md</c>). Never the file's times: a copied or synced file has the time of
/// the copy.
/// </summary>
public static partial class NoteDates
{
    /// <summary>The front-matter keys of a note's creation date that other tools write.</summary>
    public static readonly string[] CreatedKeys = ["created", "date created", "created at", "creation date"];

    /// <summary>Finds the date by the conventions above.</summary>
    /// <param name="sourcePath">The note file, relative to the journal root, forward slashes.</param>
    /// <param name="frontMatter">The front matter, or null.</param>
    /// <param name="head">The top of the body.</param>
    /// <returns>The date and the line it was read from (1 for the path), or null when none gives one.</returns>
    public static (DateOnly Date, int Line)? Find(string sourcePath, YamlMap? frontMatter, NoteHead head)
    {
        var parts = sourcePath.Split('/');
        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        if (LogseqJournal().Match(stem) is { Success: true } logseq && Real(logseq.Groups[1].Value, logseq.Groups[2].Value, logseq.Groups[3].Value) is { } journalDay)
        {
            return (journalDay, 1);
        }

        if (FromFolders(parts[..^1]) is { } folderDate)
        {
            return (folderDate, 1);
        }

        if (head.Heading is { } heading && InText(heading) is { } headingDate)
        {
            return (headingDate, head.HeadingLine);
        }

        foreach (var (text, line) in head.DateLines)
        {
            if (InText(text) is { } lineDate)
            {
                return (lineDate, line);
            }
        }

        if (head.FirstLine is { } firstLine && WikiDate().Match(firstLine) is { Success: true } link && InText(link.Groups[1].Value) is { } linkDate)
        {
            return (linkDate, head.FirstLineNumber);
        }

        if (frontMatter?.Get(CreatedKeys) is YamlScalar { Text: var created } value
            && JournalDate.Parse(created.Trim().Trim('[', ']', '"')).Date is { } createdDate)
        {
            return (createdDate, value.Line);
        }

        if (TwoDigitStart().Match(stem) is { Success: true } twoDigit && TwoDigitYear(twoDigit.Value) is { } shortDate)
        {
            return (shortDate, 1);
        }

        return null;
    }

    /// <summary>
    /// The first date written in <paramref name="text"/>, in any of the forms people write by hand: ISO
    /// (<c>2026-01-21</c>, <c>2026/01/21</c>, <c>2026_01_21</c>), month names (<c>Jan 21, 2026</c>,
    /// <c>January 21st, 2026</c>, <c>21 Jan 2026</c>, Logseq's <c>Aug 13th, 2024</c>), numeric with the year last when
    /// the day is over 12 (<c>21/01/2026</c>, <c>01/21/2026</c>), and <see cref="TwoDigitYear"/>. Null when there is
    /// none or it is not a real date.
    /// </summary>
    public static DateOnly? InText(string text)
    {
        if (IsoInText().Match(text) is { Success: true } iso)
        {
            return Real(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        if (MonthFirst().Match(text) is { Success: true } mf)
        {
            return Named(mf.Groups["y"].Value, mf.Groups["mon"].Value, mf.Groups["d"].Value);
        }

        if (DayFirst().Match(text) is { Success: true } df)
        {
            return Named(df.Groups["y"].Value, df.Groups["mon"].Value, df.Groups["d"].Value);
        }

        if (YearLast().Match(text) is { Success: true } yl)
        {
            return DayOrMonthFirst(yl.Groups["a"].Value, yl.Groups["b"].Value, yl.Groups["y"].Value);
        }

        return TwoDigitInText().Match(text) is { Success: true } two ? TwoDigitYear(two.Value) : null;
    }

    /// <summary>
    /// A date with a two-digit year, read only when it cannot mean two dates (docs/journal-format.md): with hyphens
    /// it is year first, as ISO and Obsidian's <c>YY-MM-DD</c> write it (<c>24-12-20</c> → 2024-12-20), and the first
    /// number must be over 12 so that it cannot be a month-first date (<c>05-06-07</c> is not read); with slashes or
    /// dots the year is last and the day must be over 12 (<c>20/12/24</c>, <c>12/20/24</c>; <c>05/06/24</c> is not
    /// read). The century is 2000.
    /// </summary>
    /// <returns>The date, or null when the text is not such a date or is ambiguous.</returns>
    public static DateOnly? TwoDigitYear(string text)
    {
        var match = TwoDigitExact().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var (a, sep, b, c) = (match.Groups["a"].Value, match.Groups["sep"].Value, match.Groups["b"].Value, match.Groups["c"].Value);
        if (sep == "-")
        {
            return int.Parse(a, CultureInfo.InvariantCulture) > 12 ? Real("20" + a, b, c) : null;
        }

        return DayOrMonthFirst(a, b, "20" + c);
    }

    /// <summary>A numeric date with the year last: day-first or month-first, whichever is the only real reading.</summary>
    private static DateOnly? DayOrMonthFirst(string a, string b, string year)
    {
        var dayFirst = Real(year, b, a);
        var monthFirst = Real(year, a, b);
        return dayFirst is not null && monthFirst is not null && dayFirst != monthFirst ? null : dayFirst ?? monthFirst;
    }

    /// <summary>A date from folders: three in a row (<c>2026/01/21</c>) or one named by an ISO date (<c>2026-01-21</c>), the deepest first.</summary>
    private static DateOnly? FromFolders(string[] folders)
    {
        for (var i = folders.Length - 1; i >= 0; i--)
        {
            if (IsoExact().Match(folders[i]) is { Success: true } iso)
            {
                return Real(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
            }

            if (i >= 2 && Year().IsMatch(folders[i - 2]) && TwoDigits().IsMatch(folders[i - 1]) && TwoDigits().IsMatch(folders[i])
                && Real(folders[i - 2], folders[i - 1], folders[i]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? Named(string year, string month, string day)
    {
        var prefix = month.Length >= 3 ? month[..3] : month;
        var index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, m => m.Length > 0 && m.Equals(prefix, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : Real(year, (index + 1).ToString(CultureInfo.InvariantCulture), day);
    }

    private static DateOnly? Real(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && y is >= 1900 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    [GeneratedRegex(@"^(\d{4})_(\d{2})_(\d{2})$")]
    private static partial Regex LogseqJournal();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex IsoExact();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")]
    private static partial Regex WikiDate();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})[-/_.](?<m>\d{1,2})[-/_.](?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4})(?!\d)")]
    private static partial Regex YearLast();

    [GeneratedRegex(@"^\d{2}[-/.]\d{2}[-/.]\d{2}(?![\d])")]
    private static partial Regex TwoDigitStart();

    [GeneratedRegex(@"(?<![\d/.\-])\d{2}[-/.]\d{2}[-/.]\d{2}(?![\d/.\-])")]
    private static partial Regex TwoDigitInText();

    [GeneratedRegex(@"^(?<a>\d{2})(?<sep>[-/.])(?<b>\d{2})\k<sep>(?<c>\d{2})$")]
    private static partial Regex TwoDigitExact();
}
