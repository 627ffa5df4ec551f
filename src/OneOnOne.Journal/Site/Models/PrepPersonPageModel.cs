using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>prep-person</c> layout: the printable sheet for the next 1:1 with a person (<c>/prep/people/&lt;id&gt;/</c>).</summary>
/// <param name="Person">Link to the person.</param>
/// <param name="Role">Their job title, or null.</param>
/// <param name="Relationship">The relationship as display text.</param>
/// <param name="NextDue">When the next 1:1 is due, e.g. <c>Mon 7 Dec 2026 (in 7 days)</c>, or why none.</param>
/// <param name="Type">Their usual meeting type, from the owner's side.</param>
/// <param name="Guides">How to prepare, per side that has guidance.</param>
/// <param name="SideLabel">The one side's label when there is one side, else empty.</param>
/// <param name="OpenActions">Their open actions, in display order.</param>
/// <param name="Goals">Their goals in flight, those needing help first.</param>
/// <param name="Topics">Every topic still queued for the next meeting (plain text).</param>
/// <param name="Last">The last meeting up to today, or null when there was none.</param>
internal sealed record PrepPersonPageModel(
    PersonRef Person,
    string? Role,
    string Relationship,
    string NextDue,
    PrepMeetingType Type,
    IReadOnlyList<PrepGuide> Guides,
    string SideLabel,
    IReadOnlyList<ActionRow> OpenActions,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<string> Topics,
    PrepLastMeeting? Last) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "prep-person";
}

/// <summary>A person's usual meeting type on their prep sheet.</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Url">Site-root link to the type's sheet.</param>
/// <param name="Purpose">What the meeting is for from the owner's side (plain text).</param>
/// <param name="Duration">Planned length, e.g. <c>30 min</c>, or empty.</param>
/// <param name="Agenda">The agenda skeleton from the owner's side.</param>
internal sealed record PrepMeetingType(string Name, string Url, string Purpose, string Duration, IReadOnlyList<PrepAgendaItem> Agenda);

/// <summary>An agenda line.</summary>
/// <param name="Minutes">Its time box, e.g. <c>10 min</c>, or empty.</param>
/// <param name="Text">The line (plain text).</param>
internal sealed record PrepAgendaItem(string Minutes, string Text);

/// <summary>How to prepare, for one side of the table.</summary>
/// <param name="Label">The side's label, or <c>How to prepare</c>.</param>
/// <param name="Class">Its CSS class: <c>side-lead</c>, <c>side-attend</c>, <c>side-neutral</c> or <c>side-any</c>.</param>
/// <param name="Id">The id of its heading, <c>guide-&lt;n&gt;-h</c>.</param>
/// <param name="GuideHtml">The guidance as HTML (already HTML).</param>
internal sealed record PrepGuide(string Label, string Class, string Id, Html GuideHtml);

/// <summary>The last meeting on a person's prep sheet.</summary>
/// <param name="Note">The note's row.</param>
/// <param name="Summary">Its summary cut to 320 characters (plain text).</param>
/// <param name="Wins">Its wins (plain text).</param>
/// <param name="Feedback">Its feedback lines (plain text).</param>
internal sealed record PrepLastMeeting(NoteRow Note, string Summary, IReadOnlyList<string> Wins, IReadOnlyList<string> Feedback);
