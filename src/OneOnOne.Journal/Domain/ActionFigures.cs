namespace OneOnOne.Journal.Domain;

/// <summary>
/// The action figures of one owner bucket (<see cref="ActionOwner"/>) in one person's review period
/// (docs/journal-format.md, "When an action was done"; README, "Year in review").
/// </summary>
/// <param name="Owner">Whose items these are, seen from the person the review is about.</param>
/// <param name="Opened">Items opened in the period.</param>
/// <param name="Closed">Items closed in the period (by <see cref="ActionItem.ClosedAt"/>: the written done date, else the ticking note's date).</param>
/// <param name="StillOpen">Items opened by the end of the period and not closed by then.</param>
/// <param name="End">The last day of the period (the review year's end, or today).</param>
public sealed record ActionFigures(ActionOwner Owner, IReadOnlyList<ActionItem> Opened, IReadOnlyList<ActionItem> Closed, IReadOnlyList<ActionItem> StillOpen, DateOnly End)
{
    /// <summary>Closed items done on or before their due date.</summary>
    public int OnTime => Closed.Count(a => a.Timing == ClosedTiming.OnTime);

    /// <summary>Closed items ticked, with no done date written, at the first meeting after their due date: not late, not on time.</summary>
    public int ByNextMeeting => Closed.Count(a => a.Timing == ClosedTiming.ByNextMeeting);

    /// <summary>Closed items done after their due date (written date), or ticked at a later meeting than the first after it.</summary>
    public int Late => Closed.Count(a => a.Timing == ClosedTiming.Late);

    /// <summary>Closed items that had a due date: <see cref="OnTime"/> + <see cref="ByNextMeeting"/> + <see cref="Late"/>.</summary>
    public int ClosedWithDue => OnTime + ByNextMeeting + Late;

    /// <summary>Items still open at the end of the period whose due date had passed by then.</summary>
    public int Overdue => StillOpen.Count(a => a.Due is { } due && due < End);

    /// <summary>On time in percent: <see cref="OnTime"/> / <see cref="ClosedWithDue"/>, rounded; null when none had a due date.</summary>
    public int? OnTimePercent => ClosedWithDue == 0 ? null : (int)Math.Round(100.0 * OnTime / ClosedWithDue, MidpointRounding.AwayFromZero);

    /// <summary>Splits a period's items by owner, seen from <paramref name="personId"/>.</summary>
    /// <returns>Theirs, yours and shared, in that order.</returns>
    public static IReadOnlyList<ActionFigures> Split(string personId, IReadOnlyList<ActionItem> opened, IReadOnlyList<ActionItem> closed, IReadOnlyList<ActionItem> stillOpen, DateOnly end) =>
        [.. new[] { ActionOwner.Theirs, ActionOwner.Yours, ActionOwner.Shared }.Select(owner => new ActionFigures(
            owner,
            [.. opened.Where(a => a.OwnerFor(personId) == owner)],
            [.. closed.Where(a => a.OwnerFor(personId) == owner)],
            [.. stillOpen.Where(a => a.OwnerFor(personId) == owner)],
            end))];
}
