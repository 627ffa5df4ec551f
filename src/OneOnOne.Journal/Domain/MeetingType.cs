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
/// <param name="Agenda">The agenda skeleton: the "Agenda" section's list; for a file with sides (<see cref="Sides"/>), the
/// neutral side's, else the first side's.</param>
/// <param name="BodyHtml">The whole body rendered to HTML (the prep sheet's text when the file has no sides).</param>
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

    /// <summary>
    /// The guidance for each side of the table, in file order (<c># Leading</c>, <c># Attending</c>,
    /// <c># Between peers</c> sections; issue #16). Empty for a file without such sections (a user's own
    /// type in <c>input/meeting-types/</c> written before sides existed): its one body serves every side.
    /// </summary>
    public IReadOnlyList<MeetingTypeSide> Sides { get; init; } = [];

    /// <summary>The body before the first side section, rendered to HTML (shared by every side); empty when none, or when the file has no sides.</summary>
    public string IntroHtml { get; init; } = "";

    /// <summary>For a file without sides: <see cref="BodyHtml"/> without its "Agenda" and "What they want" sections (see <see cref="MeetingTypeSide.GuideHtml"/>).</summary>
    public string GuideHtml { get; init; } = "";

    /// <summary>
    /// The sections to show someone on side <paramref name="wanted"/>: that side's; else, for the lead or
    /// attend side, the neutral one; else every side (a peer facing a type written only for a manager and a
    /// report reads both). A file without sides gives its whole body, once.
    /// </summary>
    public IReadOnlyList<MeetingTypeSide> SidesFor(MeetingSide wanted)
    {
        if (Sides.Count == 0)
        {
            return [new MeetingTypeSide(wanted, "", Purpose, Agenda, BodyHtml, GuideHtml)];
        }

        if (Sides.FirstOrDefault(s => s.Side == wanted) is { } exact)
        {
            return [exact];
        }

        return wanted != MeetingSide.Neutral && Sides.FirstOrDefault(s => s.Side == MeetingSide.Neutral) is { } neutral ? [neutral] : Sides;
    }

    /// <summary>Every side, in the order <paramref name="order"/> gives (sides it does not name keep file order, after); a file without sides gives its whole body, once.</summary>
    public IReadOnlyList<MeetingTypeSide> SidesInOrder(IReadOnlyList<MeetingSide> order) => Sides.Count == 0
        ? SidesFor(MeetingSide.Neutral)
        : [.. Sides.OrderBy(s => order.TakeWhile(o => o != s.Side).Count())];
}
