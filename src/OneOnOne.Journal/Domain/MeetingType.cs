namespace OneOnOne.Journal.Domain;

/// <summary>One step of a meeting type's agenda skeleton (<c>- 10 min: Their goals</c>).</summary>
/// <param name="Minutes">Planned duration in minutes, or null when not given.</param>
/// <param name="Text">What to cover.</param>
public sealed record AgendaItem(int? Minutes, string Text);

/// <summary>
/// A kind of one-on-one (DESIGN.md, "Meeting types and prep sheets"): a Markdown file with front
/// matter in <c>theme/meeting-types/</c>, replaced or extended by <c>input/meeting-types/</c>.
/// </summary>
/// <param name="Id">File stem and URL slug, e.g. <c>skip-level</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Purpose">One sentence on what the meeting is for.</param>
/// <param name="DurationMinutes">Planned length in minutes, or null.</param>
/// <param name="WhoLeads">Who drives the meeting, free text.</param>
/// <param name="SourceUrl">The article the type was drawn from, or null.</param>
/// <param name="SourceTitle">The article's title, or null.</param>
/// <param name="Agenda">The agenda skeleton (the "Agenda" section's list).</param>
/// <param name="BodyHtml">The whole body rendered to HTML (the prep sheet's text).</param>
/// <param name="SourcePath">The file it came from, relative to the journal root or theme.</param>
public sealed record MeetingType(
    string Id,
    string Name,
    string Purpose,
    int? DurationMinutes,
    string? WhoLeads,
    string? SourceUrl,
    string? SourceTitle,
    IReadOnlyList<AgendaItem> Agenda,
    string BodyHtml,
    string SourcePath)
{
    /// <summary>The type used when a note names none: <c>regular</c>.</summary>
    public const string DefaultId = "regular";
}
