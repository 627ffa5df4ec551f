using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>person</c> layout: a person's timeline (<c>/people/&lt;id&gt;/</c>).</summary>
/// <param name="Name">Their name.</param>
/// <param name="Id">Their id (the person file's name).</param>
/// <param name="Role">Their job title, or null.</param>
/// <param name="Relationship">The relationship as display text.</param>
/// <param name="Since">When the relationship started as display text, or null.</param>
/// <param name="Until">When it ended (or ends) as display text, or null.</param>
/// <param name="IsFormer">True when it ended before today.</param>
/// <param name="Aliases">Other names, comma-separated (empty when none).</param>
/// <param name="AboutHtml">The person file's body as HTML (already HTML: written unencoded).</param>
/// <param name="Cadence">How the cadence has been kept.</param>
/// <param name="UsualType">The name of their usual meeting type.</param>
/// <param name="PrepUrl">Site-root link to their prep sheet.</param>
/// <param name="Reviews">Review years in which they were met, newest first.</param>
/// <param name="Mood">The mood sparkline as SVG markup (HTML already), or empty.</param>
/// <param name="OpenActions">Their open actions, in display order.</param>
/// <param name="Goals">Their goals, in flight first, then last touched first.</param>
/// <param name="Timeline">Their notes, newest first, each with the gap to the one before.</param>
/// <param name="NoteCount">Number of meetings, e.g. <c>12 meetings</c>.</param>
/// <param name="SourcePath">The person file, relative to the journal root.</param>
internal sealed record PersonPageModel(
    string Name,
    string Id,
    string? Role,
    string Relationship,
    string? Since,
    string? Until,
    bool IsFormer,
    string Aliases,
    Html AboutHtml,
    PersonCadence Cadence,
    string UsualType,
    string PrepUrl,
    IReadOnlyList<PersonReviewLink> Reviews,
    Html Mood,
    IReadOnlyList<ActionRow> OpenActions,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<TimelineEntry> Timeline,
    string NoteCount,
    string SourcePath) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "person";
}

/// <summary>How a person's cadence has been kept (person page).</summary>
/// <param name="Label">The cadence label, e.g. <c>weekly</c>.</param>
/// <param name="Meetings">Number of meetings (distinct dates).</param>
/// <param name="Kept">Gaps within cadence in percent, e.g. <c>80%</c>, or <c>–</c>.</param>
/// <param name="Gaps">Number of gaps between meetings.</param>
/// <param name="GapsKept">Number of gaps within the cadence plus grace days.</param>
/// <param name="Longest">The longest gap, e.g. <c>21 days</c>, or <c>–</c>.</param>
/// <param name="LastMet">Date of the last meeting as display text, or <c>never</c>.</param>
/// <param name="NextDue">When the next 1:1 is due, e.g. <c>Mon 7 Dec 2026 (in 7 days)</c>, or a sentence why none.</param>
/// <param name="IsOverdue">True when the next 1:1 is overdue.</param>
internal sealed record PersonCadence(string Label, int Meetings, string Kept, int Gaps, int GapsKept, string Longest, string LastMet, string NextDue, bool IsOverdue);

/// <summary>A link from a person's page to their year in review.</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Label">The review year's label.</param>
/// <param name="Url">Site-root link to their review of that year.</param>
internal sealed record PersonReviewLink(int Year, string Label, string Url);

/// <summary>A note on a person's timeline.</summary>
/// <param name="Note">The note's row.</param>
/// <param name="Gap">Days since the previous meeting, e.g. <c>7 days</c>, or empty for the first.</param>
/// <param name="GapKept">True when that gap is within the cadence plus grace days (or there is none).</param>
/// <param name="HasGap">True when the gap is more than 0 days.</param>
/// <param name="Opened">Texts of the actions with this person opened in the note.</param>
/// <param name="Closed">Texts of the actions with this person closed in the note.</param>
internal sealed record TimelineEntry(NoteRow Note, string Gap, bool GapKept, bool HasGap, IReadOnlyList<string> Opened, IReadOnlyList<string> Closed);
