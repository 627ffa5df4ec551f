using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>goal</c> layout (<c>/goals/&lt;person id&gt;/&lt;goal id&gt;/</c>).</summary>
/// <param name="Goal">The goal as in tables.</param>
/// <param name="Chart">The progress chart as SVG markup (HTML already, not encoded by the layout).</param>
/// <param name="Reached">The date the goal was reached as display text, or null.</param>
/// <param name="Mentions">How many meetings mentioned it, e.g. <c>3 meetings</c>.</param>
/// <param name="History">Each mention, newest first.</param>
internal sealed record GoalPageModel(GoalRow Goal, Html Chart, string? Reached, string Mentions, IReadOnlyList<GoalHistoryRow> History) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "goal";
}

/// <summary>One mention of a goal in a note, with the goal's state after it.</summary>
/// <param name="Iso">The note's date as an ISO date (<c>yyyy-MM-dd</c>).</param>
/// <param name="Date">The note's date as display text.</param>
/// <param name="NoteUrl">Site-root link to the note.</param>
/// <param name="NoteTitle">The note's title.</param>
/// <param name="Status">The status as display text, e.g. <c>on track</c>.</param>
/// <param name="StatusClass">The status's CSS class.</param>
/// <param name="Progress">Progress in percent (0–100), or null when not given.</param>
/// <param name="Comment">The mention's comment (plain text), or null.</param>
/// <param name="Changed">True when the status differs from the previous mention's (or this is the first).</param>
internal sealed record GoalHistoryRow(string Iso, string Date, string NoteUrl, string NoteTitle, string Status, string StatusClass, int? Progress, string? Comment, bool Changed);
