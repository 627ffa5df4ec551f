namespace OneOnOne.Journal.Domain;

/// <summary>
/// One side's guidance in a meeting type (a <c># Leading</c>, <c># Attending</c> or <c># Between peers</c>
/// section of its file; docs/journal-format.md, "Meeting types"), or the whole body of a file without
/// such sections.
/// </summary>
/// <param name="Side">The side it is written for.</param>
/// <param name="Label">How the sheet heads it, from the owner's point of view, e.g. "As their manager"; empty for a file without sides.</param>
/// <param name="Purpose">One sentence on what the meeting is for, seen from this side (the section's <c>## Purpose</c> or the front matter's <c>purpose-lead</c> / <c>purpose-attend</c> / <c>purpose-neutral</c>, else the type's purpose).</param>
/// <param name="Agenda">The agenda skeleton (the section's <c>## Agenda</c> list).</param>
/// <param name="BodyHtml">The section rendered to HTML without its purpose, headings one level down (<c>##</c> → <c>h3</c>) so they sit under the side's <c>h2</c>.</param>
/// <param name="GuideHtml">The same without the agenda and "What they want": what the personalised sheet has room for beside
/// the person's own topics, actions and goals (it shows the agenda beside the queued topics).</param>
public sealed record MeetingTypeSide(
    MeetingSide Side,
    string Label,
    string Purpose,
    IReadOnlyList<AgendaItem> Agenda,
    string BodyHtml,
    string GuideHtml);
