using System.Globalization;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing;

/// <summary>Reads the journal's date forms: an ISO date, optionally with a time (<c>2026-03-04</c>, <c>2026-03-04 15:30</c>, <c>2026-03-04T15:30:00</c>).</summary>
public static partial class JournalDate
{
    /// <summary>Parses a date and optional time.</summary>
    /// <returns>Date and time, or null date with a plain error ("2026-02-30 is not a real date", "expected YYYY-MM-DD").</returns>
    public static (DateOnly? Date, TimeOnly? Time, string? Error) Parse(string text)
    {
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return (null, null, $"'{text.Trim()}' is not a date; write it as YYYY-MM-DD (optionally followed by HH:MM)");
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, null, $"{match.Groups["date"].Value} is not a real date");
        }

        TimeOnly? time = null;
        if (match.Groups["time"].Success)
        {
            if (!TimeOnly.TryParseExact(match.Groups["time"].Value, ["H:mm", "H:mm:ss", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return (null, null, $"{match.Groups["time"].Value} is not a real time of day");
            }

            time = t;
        }

        return (date, time, null);
    }

    /// <summary>Parses an ISO date only; null when it is not a real date.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex DatePattern();
}
