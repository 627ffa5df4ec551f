using System.Globalization;
using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// How often the owner means to meet a person: an interval in days. Parsed from DESIGN.md's
/// spellings: <c>weekly</c> (7), <c>biweekly</c> (14), <c>monthly</c> (30), <c>quarterly</c> (91),
/// or a number of days such as <c>10d</c>.
/// </summary>
/// <param name="Days">The expected interval between meetings, in days (≥ 1).</param>
/// <param name="Label">The spelling shown to the user, e.g. "biweekly" or "every 10 days".</param>
public sealed partial record Cadence(int Days, string Label)
{
    /// <summary>Every 7 days.</summary>
    public static readonly Cadence Weekly = new(7, "weekly");

    /// <summary>Every 14 days.</summary>
    public static readonly Cadence Biweekly = new(14, "biweekly");

    /// <summary>Every 30 days.</summary>
    public static readonly Cadence Monthly = new(30, "monthly");

    /// <summary>Every 91 days.</summary>
    public static readonly Cadence Quarterly = new(91, "quarterly");

    /// <summary>
    /// How late a meeting may be and still count as on cadence, in days: a quarter of the interval,
    /// at least 2 days (a meeting moved by a day or two is still kept). Documented in docs/journal-format.md.
    /// </summary>
    public int GraceDays => Math.Max(2, Days / 4);

    /// <summary>Parses a cadence; null when the text is not one of the accepted spellings.</summary>
    public static Cadence? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "weekly": return Weekly;
            case "biweekly" or "bi-weekly" or "fortnightly": return Biweekly;
            case "monthly": return Monthly;
            case "quarterly": return Quarterly;
        }

        var match = DaysPattern().Match(t);
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3660)
        {
            return new Cadence(days, days == 1 ? "daily" : $"every {days} days");
        }

        return null;
    }

    [GeneratedRegex(@"^(\d+)\s*(d|days?)?$")]
    private static partial Regex DaysPattern();
}
