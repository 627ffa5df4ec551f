using System.Globalization;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// A review year (DESIGN.md, "year in review"): twelve months starting on the first day of the month
/// given by <c>review-year-start</c> in <c>settings.yml</c>.
/// <para>
/// Numbering rule: a review year is numbered by the calendar year it <b>starts</b> in. With
/// <c>review-year-start: 4</c>, review year 2025 runs from 1 April 2025 to 31 March 2026 and is
/// labelled "Apr 2025 – Mar 2026"; with the default (January) review year 2026 is the calendar year 2026.
/// The number is the <c>&lt;yyyy&gt;</c> of <c>/review/&lt;yyyy&gt;/</c> and of <c>review --year</c>.
/// </para>
/// </summary>
/// <param name="Year">The calendar year the review year starts in (1..9998).</param>
/// <param name="StartMonth">The month it starts in, 1 (January) to 12.</param>
public sealed record ReviewYear(int Year, int StartMonth)
{
    /// <summary>The first day (inclusive).</summary>
    public DateOnly Start => new(Year, StartMonth, 1);

    /// <summary>The last day (inclusive): the day before the next review year starts.</summary>
    public DateOnly End => Start.AddYears(1).AddDays(-1);

    /// <summary>The real date range, e.g. "Apr 2025 – Mar 2026" or "Jan 2026 – Dec 2026".</summary>
    public string Label =>
        $"{Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)} – {End.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>True when <paramref name="date"/> falls in this review year (both ends included).</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The first day of each of the twelve months, in order.</summary>
    public IReadOnlyList<DateOnly> Months => [.. Enumerable.Range(0, 12).Select(Start.AddMonths)];

    /// <summary>The review year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <param name="startMonth">The month review years start in (1..12); throws <see cref="ArgumentOutOfRangeException"/> otherwise.</param>
    public static ReviewYear Containing(DateOnly date, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        return new ReviewYear(date.Month >= startMonth ? date.Year : date.Year - 1, startMonth);
    }
}
