namespace OneOnOne.Journal.Domain;

/// <summary>One entry of a note's <c>goals:</c> list: a dated data point of a goal.</summary>
/// <param name="GoalId">The goal id, scoped to the person (slugified).</param>
/// <param name="PersonId">The person the goal belongs to: <c>person:</c> in the entry, or the note's first participant.</param>
/// <param name="Title">The goal's title, when this mention gives one.</param>
/// <param name="Horizon">Short, medium or long, when given.</param>
/// <param name="Status">Status at this mention, when given.</param>
/// <param name="Progress">Percent 0..100 at this mention, when given.</param>
/// <param name="Comment">The mention's <c>note:</c> text, when given.</param>
/// <param name="Line">1-based line of the entry in the note file.</param>
public sealed record GoalMention(
    string GoalId,
    string PersonId,
    string? Title,
    GoalHorizon? Horizon,
    GoalStatus? Status,
    int? Progress,
    string? Comment,
    int Line);
