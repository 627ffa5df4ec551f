namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>people</c> layout (<c>/people/</c>).</summary>
/// <param name="People">Every person, in the journal's order.</param>
/// <param name="Groups">People by relationship; former colleagues (<c>until:</c> in the past) in one last group <c>Former</c>.</param>
/// <param name="Count">Number of people.</param>
internal sealed record PeoplePageModel(IReadOnlyList<PersonSummary> People, IReadOnlyList<PeopleGroup> Groups, int Count) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "people";
}

/// <summary>A group of people on the people index.</summary>
/// <param name="Label">The relationship as display text (e.g. <c>Direct reports</c>), or <c>Former</c>.</param>
/// <param name="People">The people in the group.</param>
internal sealed record PeopleGroup(string Label, IReadOnlyList<PersonSummary> People);

/// <summary>A person's row on the people index.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Url">Site-root link to their timeline.</param>
/// <param name="Role">Their job title, or null.</param>
/// <param name="Relationship">The relationship as display text.</param>
/// <param name="Cadence">The cadence label, e.g. <c>weekly</c>.</param>
/// <param name="Meetings">Number of meetings (distinct dates).</param>
/// <param name="LastMet">Date of the last meeting as display text, or <c>never</c>.</param>
/// <param name="LastMetIso">That date as an ISO date, or empty.</param>
/// <param name="NextDue">When the next 1:1 is due relative to today (e.g. <c>in 3 days</c>), <c>none, ended …</c>, or empty.</param>
/// <param name="IsOverdue">True when the next 1:1 is overdue.</param>
/// <param name="Kept">Gaps within cadence in percent, e.g. <c>80%</c>, or <c>–</c>.</param>
/// <param name="OpenActions">Number of their open actions.</param>
/// <param name="GoalsInFlight">Number of their goals in flight.</param>
internal sealed record PersonSummary(
    string Name,
    string Url,
    string? Role,
    string Relationship,
    string Cadence,
    int Meetings,
    string LastMet,
    string LastMetIso,
    string NextDue,
    bool IsOverdue,
    string Kept,
    int OpenActions,
    int GoalsInFlight);
