namespace OneOnOne.Journal.Domain;

/// <summary>One dated data point of a goal: the state given at one mention, with gaps filled from earlier ones.</summary>
/// <param name="Date">The note's date.</param>
/// <param name="Note">The note that mentions the goal.</param>
/// <param name="Status">Status at that date (the previous one when the mention gives none).</param>
/// <param name="Progress">Percent 0..100 at that date (the previous one when the mention gives none), or null if never given.</param>
/// <param name="Comment">The mention's comment, or null.</param>
public sealed record GoalPoint(DateOnly Date, Note Note, GoalStatus Status, int? Progress, string? Comment);

/// <summary>A goal of one person, tracked across every note that mentions it (DESIGN.md, "Goals").</summary>
/// <param name="PersonId">The person the goal belongs to; goal ids are scoped to the person.</param>
/// <param name="Id">The goal id (slug).</param>
/// <param name="Title">The title given at the first mention that has one (the id, humanised, when none does).</param>
/// <param name="Horizon">The latest horizon given, or null.</param>
/// <param name="History">The data points, oldest first.</param>
public sealed record Goal(string PersonId, string Id, string Title, GoalHorizon? Horizon, IReadOnlyList<GoalPoint> History)
{
    /// <summary>The latest status.</summary>
    public GoalStatus Status => History[^1].Status;

    /// <summary>The latest known progress in percent, or null.</summary>
    public int? Progress => History[^1].Progress;

    /// <summary>The first mention's date.</summary>
    public DateOnly StartedOn => History[0].Date;

    /// <summary>The latest mention's date.</summary>
    public DateOnly LastTouched => History[^1].Date;

    /// <summary>The date it first became done, or null.</summary>
    public DateOnly? ReachedOn => History.FirstOrDefault(p => p.Status == GoalStatus.Done)?.Date;

    /// <summary>True while the goal is neither done nor dropped.</summary>
    public bool IsInFlight => Status is not (GoalStatus.Done or GoalStatus.Dropped);

    /// <summary>The goal page's URL path: <c>goals/&lt;person id&gt;/&lt;goal id&gt;/</c>.</summary>
    public string Permalink => $"goals/{PersonId}/{Id}/";

    /// <summary>True when in flight and not mentioned for more than <paramref name="staleDays"/> days before <paramref name="today"/>.</summary>
    public bool IsStale(DateOnly today, int staleDays) => IsInFlight && today.DayNumber - LastTouched.DayNumber > staleDays;

    /// <summary>True when in flight and at risk or off track.</summary>
    public bool NeedsHelp => Status is GoalStatus.AtRisk or GoalStatus.OffTrack;
}
