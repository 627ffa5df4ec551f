namespace OneOnOne.Journal.Domain;

/// <summary>The days between two consecutive meetings with a person, the later one inside a review year.</summary>
/// <param name="Before">The earlier meeting's note (may fall in the previous review year).</param>
/// <param name="After">The later meeting's note.</param>
/// <param name="Days">Days between the two meeting dates (≥ 1).</param>
/// <param name="Kept">True when <paramref name="Days"/> is at most the cadence plus its grace days (<see cref="Cadence.GraceDays"/>).</param>
public sealed record MeetingGap(Note Before, Note After, int Days, bool Kept);

/// <summary>How many meetings fell in one month of a review year.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Count">Meetings (notes) dated in that month.</param>
public sealed record MonthCount(DateOnly Month, int Count);

/// <summary>A key (a meeting type id or a tag) with how often it occurred.</summary>
/// <param name="Key">The meeting type id or tag.</param>
/// <param name="Count">Occurrences (≥ 1).</param>
public sealed record KeyCount(string Key, int Count);

/// <summary>What happened to one goal during a review year.</summary>
/// <param name="Goal">The goal (its whole history).</param>
/// <param name="Points">Its data points inside the review year, oldest first (at least one).</param>
/// <param name="StatusAtEnd">The status at the end of the review year (or today, for the current year).</param>
/// <param name="ProgressAtEnd">The progress in percent at that point, or null when never given.</param>
/// <param name="Started">True when its first mention falls in the year.</param>
/// <param name="Reached">True when it first became done in the year.</param>
/// <param name="Dropped">True when it was first marked dropped in the year.</param>
/// <param name="ProgressAtStart">The progress carried into the year (the last one given before it), or null.</param>
public sealed record GoalReview(Goal Goal, IReadOnlyList<GoalPoint> Points, GoalStatus StatusAtEnd, int? ProgressAtEnd, bool Started, bool Reached, bool Dropped, int? ProgressAtStart = null)
{
    /// <summary>The progress steps in percent: the one carried into the year, then each given in the year, repeats removed (e.g. 40, 70, 100).</summary>
    public IReadOnlyList<int> ProgressTrail
    {
        get
        {
            var steps = new List<int>();
            foreach (var p in (ProgressAtStart is { } s ? [s] : Array.Empty<int>()).Concat(Points.Where(p => p.Progress is not null).Select(p => p.Progress!.Value)))
            {
                if (steps.Count == 0 || steps[^1] != p)
                {
                    steps.Add(p);
                }
            }

            return steps;
        }
    }

    /// <summary>True when the status at the end of the year is at risk or off track.</summary>
    public bool AtRisk => StatusAtEnd is GoalStatus.AtRisk or GoalStatus.OffTrack;
}

/// <summary>One line of a "Wins" section, with the note it came from.</summary>
/// <param name="Note">The note (dated, placed).</param>
/// <param name="Text">The win as written.</param>
public sealed record WinItem(Note Note, string Text);

/// <summary>One line of a "Feedback" section, with the note it came from.</summary>
/// <param name="Note">The note (dated, placed).</param>
/// <param name="Entry">The classified feedback line.</param>
public sealed record FeedbackItem(Note Note, FeedbackEntry Entry);

/// <summary>A note that carries evidence for a review: at least one win or feedback line.</summary>
/// <param name="Note">The note.</param>
/// <param name="Wins">Number of wins in it.</param>
/// <param name="Feedback">Number of feedback lines in it.</param>
public sealed record EvidenceItem(Note Note, int Wins, int Feedback);
