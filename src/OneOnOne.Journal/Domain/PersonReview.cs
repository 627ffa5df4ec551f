namespace OneOnOne.Journal.Domain;

/// <summary>
/// One person's year in review (DESIGN.md, "year in review"), computed by <see cref="ReviewBuilder.ForPerson"/>.
/// Only meetings dated on or before the journal's "today" count. The period the relationship was
/// active is the review year cut to start no earlier than the person's <c>since:</c> (without one, the first
/// note with the person) nor the journal's first note (nothing was recorded before it), and to end no later
/// than the person's <c>until:</c> nor today; the expected number of meetings is that period's length in days
/// divided by the cadence's days, rounded to the nearest whole number, and at least 1 when the period is not empty.
/// </summary>
public sealed record PersonReview
{
    /// <summary>The person.</summary>
    public required Person Person { get; init; }

    /// <summary>The review year.</summary>
    public required ReviewYear Year { get; init; }

    /// <summary>First day of the active period, or null when the relationship was not active in the year (or the year has not started).</summary>
    public DateOnly? ActiveFrom { get; init; }

    /// <summary>Last day of the active period (the year's end, the person's <c>until:</c> or today), or null.</summary>
    public DateOnly? ActiveTo { get; init; }

    /// <summary>Length of the active period in days, both ends included (0 when not active).</summary>
    public int ActiveDays { get; init; }

    /// <summary>Meetings expected by the cadence: <see cref="ActiveDays"/> / cadence days, rounded (0 when not active).</summary>
    public int Expected { get; init; }

    /// <summary>Meetings held: distinct meeting dates in the year (two notes on one day are one meeting).</summary>
    public int Held { get; init; }

    /// <summary>The notes with the person in the year, oldest first.</summary>
    public required IReadOnlyList<Note> Notes { get; init; }

    /// <summary>Gaps between consecutive meetings whose later meeting is in the year, oldest first.</summary>
    public required IReadOnlyList<MeetingGap> Gaps { get; init; }

    /// <summary>Percent (0..100) of <see cref="Gaps"/> kept within the cadence, or null when there is no gap.</summary>
    public int? CadenceKeptPercent => Gaps.Count == 0 ? null : (int)Math.Round(100.0 * Gaps.Count(g => g.Kept) / Gaps.Count, MidpointRounding.AwayFromZero);

    /// <summary>Percent (0..) of expected meetings held, or null when none were expected; may exceed 100.</summary>
    public int? HeldPercent => Expected == 0 ? null : (int)Math.Round(100.0 * Held / Expected, MidpointRounding.AwayFromZero);

    /// <summary>The three longest gaps, longest first (earlier first on ties).</summary>
    public IReadOnlyList<MeetingGap> LongestGaps => [.. Gaps.OrderByDescending(g => g.Days).ThenBy(g => g.After.SortKey).Take(3)];

    /// <summary>Notes by meeting type id, most frequent first (then by id).</summary>
    public required IReadOnlyList<KeyCount> ByType { get; init; }

    /// <summary>Notes in each of the year's twelve months, in order.</summary>
    public required IReadOnlyList<MonthCount> ByMonth { get; init; }

    /// <summary>The person's goals with a data point in the year, by start date.</summary>
    public required IReadOnlyList<GoalReview> Goals { get; init; }

    /// <summary>Goals first mentioned in the year.</summary>
    public int GoalsStarted => Goals.Count(g => g.Started);

    /// <summary>Goals that became done in the year.</summary>
    public int GoalsReached => Goals.Count(g => g.Reached);

    /// <summary>Goals dropped in the year.</summary>
    public int GoalsDropped => Goals.Count(g => g.Dropped);

    /// <summary>Goals at risk or off track at the end of the year.</summary>
    public int GoalsAtRisk => Goals.Count(g => g.AtRisk);

    /// <summary>Wins from the year's notes, oldest first.</summary>
    public required IReadOnlyList<WinItem> Wins { get; init; }

    /// <summary>Feedback lines from the year's notes, oldest first.</summary>
    public required IReadOnlyList<FeedbackItem> Feedback { get; init; }

    /// <summary>Feedback the owner gave.</summary>
    public IReadOnlyList<FeedbackItem> FeedbackGiven => [.. Feedback.Where(f => f.Entry.Direction == FeedbackDirection.Given)];

    /// <summary>Feedback the owner received.</summary>
    public IReadOnlyList<FeedbackItem> FeedbackReceived => [.. Feedback.Where(f => f.Entry.Direction == FeedbackDirection.Received)];

    /// <summary>Feedback lines that say neither Given nor Received.</summary>
    public IReadOnlyList<FeedbackItem> FeedbackUnspecified => [.. Feedback.Where(f => f.Entry.Direction == FeedbackDirection.Unspecified)];

    /// <summary>Action items shared with the person and opened in the year.</summary>
    public required IReadOnlyList<ActionItem> ActionsOpened { get; init; }

    /// <summary>Action items shared with the person and closed in the year.</summary>
    public required IReadOnlyList<ActionItem> ActionsClosed { get; init; }

    /// <summary>Action items opened by the end of the year (or today) and not closed by then.</summary>
    public required IReadOnlyList<ActionItem> ActionsStillOpen { get; init; }

    /// <summary>The action figures split by owner, seen from the person: theirs, yours (<c>@me</c>) and shared, in that order.</summary>
    public required IReadOnlyList<ActionFigures> ActionsByOwner { get; init; }

    /// <summary>The person's own items (<c>@their-id</c>): the "actions on time" headline is about these.</summary>
    public ActionFigures Theirs => ActionsByOwner[0];

    /// <summary>The owner's items (<c>@me</c>).</summary>
    public ActionFigures Yours => ActionsByOwner[1];

    /// <summary>Items with no owner, several, or someone else.</summary>
    public ActionFigures Shared => ActionsByOwner[2];

    /// <summary>The headline: the person's own items closed on time / their items closed with a due date (<see cref="ActionFigures.OnTimePercent"/>); null when none.</summary>
    public int? OnTimePercent => Theirs.OnTimePercent;

    /// <summary>The year's notes that give a mood, oldest first.</summary>
    public IReadOnlyList<Note> MoodNotes => [.. Notes.Where(n => n.Mood is not null)];

    /// <summary>Average mood (1..5) over <see cref="MoodNotes"/>, or null.</summary>
    public double? AverageMood => MoodNotes.Count == 0 ? null : MoodNotes.Average(n => n.Mood!.Value);

    /// <summary>The five most used tags, most used first (then alphabetical).</summary>
    public required IReadOnlyList<KeyCount> TopTags { get; init; }

    /// <summary>Every note of the year with a win or feedback, oldest first.</summary>
    public required IReadOnlyList<EvidenceItem> Evidence { get; init; }
}
