namespace OneOnOne.Journal.Domain;

/// <summary>Where a person's next meeting stands against the cadence.</summary>
public enum CadenceState
{
    /// <summary>No meeting yet.</summary>
    NotMetYet,

    /// <summary>The next meeting is more than 3 days away.</summary>
    OnTrack,

    /// <summary>The next meeting is due within 3 days (or today).</summary>
    DueSoon,

    /// <summary>The next meeting's due date has passed.</summary>
    Overdue,

    /// <summary>The relationship ended (the person's <c>until:</c> is in the past): no meeting is due, ever overdue.</summary>
    Ended,
}

/// <summary>How well the agreed cadence with one person was kept (DESIGN.md: "how well the agreed cadence was kept").</summary>
/// <param name="Cadence">The agreed cadence.</param>
/// <param name="Meetings">Number of meetings (distinct dates).</param>
/// <param name="Gaps">Days between consecutive meetings, oldest first.</param>
/// <param name="GapsKept">Gaps no longer than the interval plus <see cref="Cadence.GraceDays"/>.</param>
/// <param name="LastMet">Date of the latest meeting, or null.</param>
/// <param name="NextDue">Last meeting plus the interval, or null (also when the relationship ended).</param>
/// <param name="State">Due state on the report's "today".</param>
/// <param name="DaysUntilDue">Days from today to <paramref name="NextDue"/> (negative when past), or null.</param>
public sealed record CadenceReport(
    Cadence Cadence,
    int Meetings,
    IReadOnlyList<int> Gaps,
    int GapsKept,
    DateOnly? LastMet,
    DateOnly? NextDue,
    CadenceState State,
    int? DaysUntilDue)
{
    /// <summary>Percent of gaps kept (0..100), or null with fewer than two meetings.</summary>
    public int? KeptPercent => Gaps.Count == 0 ? null : (int)Math.Round(100.0 * GapsKept / Gaps.Count);

    /// <summary>The longest gap in days, or null.</summary>
    public int? LongestGap => Gaps.Count == 0 ? null : Gaps.Max();

    /// <summary>
    /// Computes the report from meeting dates.
    /// </summary>
    /// <param name="cadence">The agreed cadence.</param>
    /// <param name="dates">Meeting dates, any order, duplicates allowed (two notes on one day are one meeting).</param>
    /// <param name="today">Today's date in the journal's time zone.</param>
    /// <param name="endedOn">The day the relationship ended (<see cref="Person.Until"/>), or null; before today the state is <see cref="CadenceState.Ended"/>.</param>
    public static CadenceReport Compute(Cadence cadence, IEnumerable<DateOnly> dates, DateOnly today, DateOnly? endedOn = null)
    {
        var days = dates.Where(d => d <= today).Distinct().Order().ToList();
        var gaps = new List<int>();
        for (var i = 1; i < days.Count; i++)
        {
            gaps.Add(days[i].DayNumber - days[i - 1].DayNumber);
        }

        var kept = gaps.Count(g => g <= cadence.Days + cadence.GraceDays);
        if (endedOn is { } ended && ended < today)
        {
            // a former colleague: the record stays, nothing is due
            return new CadenceReport(cadence, days.Count, gaps, kept, days.Count == 0 ? null : days[^1], null, CadenceState.Ended, null);
        }

        if (days.Count == 0)
        {
            return new CadenceReport(cadence, 0, gaps, 0, null, null, CadenceState.NotMetYet, null);
        }

        var last = days[^1];
        var next = last.AddDays(cadence.Days);
        var until = next.DayNumber - today.DayNumber;
        var state = until < 0 ? CadenceState.Overdue : until <= 3 ? CadenceState.DueSoon : CadenceState.OnTrack;
        return new CadenceReport(cadence, days.Count, gaps, kept, last, next, state, until);
    }
}
