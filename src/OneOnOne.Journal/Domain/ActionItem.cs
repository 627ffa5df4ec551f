namespace OneOnOne.Journal.Domain;

/// <summary>
/// An action item carried from meeting to meeting (DESIGN.md, "Action items"): opened by the first
/// note that lists it, closed by a later note with the same person that checks the same item.
/// </summary>
public sealed record ActionItem
{
    /// <summary>The matching key (<see cref="ActionKey.From"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The text as last written.</summary>
    public required string Text { get; init; }

    /// <summary>Owner person id, <c>me</c>, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>Due date (the latest one given), or null.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The people of the note that opened it: a later note with any of them may close it.</summary>
    public required IReadOnlyList<string> People { get; init; }

    /// <summary>The note that first listed it.</summary>
    public required Note OpenedIn { get; init; }

    /// <summary>The note that checked it, or null while open.</summary>
    public Note? ClosedIn { get; init; }

    /// <summary>
    /// The done date written on the item that closed it (<c>✅ YYYY-MM-DD</c> or <c>done:YYYY-MM-DD</c>), or null when
    /// none was written: the item was then done on an unknown day no later than <see cref="ClosedBy"/>
    /// (docs/journal-format.md, "When an action was done").
    /// </summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The date of the note that ticked it (the latest it can have been done), or null while open.</summary>
    public DateOnly? ClosedBy => ClosedIn?.Date;

    /// <summary>The date it counts as closed for a period: <see cref="ClosedOn"/> when written, else <see cref="ClosedBy"/>; null while open.</summary>
    public DateOnly? ClosedAt => ClosedOn ?? ClosedBy;

    /// <summary>For a closed item with a due date, how its closing stands against the due date (set by <see cref="ActionTracker"/>); otherwise null.</summary>
    public ClosedTiming? Timing { get; init; }

    /// <summary>Every note that listed it, oldest first.</summary>
    public required IReadOnlyList<Note> Mentions { get; init; }

    /// <summary>The date it was opened (the opening note's date).</summary>
    public DateOnly OpenedOn => OpenedIn.Date!.Value;

    /// <summary>True until a note closes it.</summary>
    public bool IsOpen => ClosedIn is null;

    /// <summary>True when open and its due date is before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && Due is { } due && due < today;

    /// <summary>Which side of the table owns the item, seen from <paramref name="personId"/>'s meetings (<see cref="ActionOwner"/>).</summary>
    /// <param name="personId">The person whose figures are counted.</param>
    public ActionOwner OwnerFor(string personId) =>
        string.Equals(Owner, "me", StringComparison.Ordinal) ? ActionOwner.Yours
        : string.Equals(Owner, personId, StringComparison.Ordinal) ? ActionOwner.Theirs
        : ActionOwner.Shared;

    /// <summary>
    /// The timing rule (docs/journal-format.md, "When an action was done"), for an item closed in
    /// <paramref name="closedIn"/> with <paramref name="doneOn"/> written or not: on time when the done date,
    /// or else the closing note's date, is on or before the due date; late when a written done date is after
    /// it; without a written date, closed by the next 1:1 when <paramref name="firstMeetingAfterDue"/> says the
    /// closing note is the first meeting after the due date, late otherwise. Null without a due date.
    /// </summary>
    public static ClosedTiming? TimingOf(DateOnly? due, DateOnly? doneOn, DateOnly closedIn, bool firstMeetingAfterDue) =>
        due is not { } d ? null
        : doneOn is { } done ? (done <= d ? ClosedTiming.OnTime : ClosedTiming.Late)
        : closedIn <= d ? ClosedTiming.OnTime
        : firstMeetingAfterDue ? ClosedTiming.ByNextMeeting
        : ClosedTiming.Late;
}
