namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>dashboard</c> layout (<c>/</c>).</summary>
/// <param name="Title">The journal's title (plain text, encoded by the layout).</param>
/// <param name="Today">The build's today as display text, e.g. <c>Mon 30 Nov 2026</c>.</param>
/// <param name="Due">People whose 1:1 is due soon or overdue by cadence, soonest (most overdue) first.</param>
/// <param name="HasDue">True when <paramref name="Due"/> is not empty.</param>
/// <param name="NeverMet">People not met yet.</param>
/// <param name="Overdue">Open actions past their due date, in display order.</param>
/// <param name="DueSoon">Open actions due within 7 days and not overdue.</param>
/// <param name="OpenCount">Number of open actions.</param>
/// <param name="OverdueCount">Number of overdue actions.</param>
/// <param name="Goals">Goals in flight that need help or are stale.</param>
/// <param name="Recent">The 8 most recent placed notes up to today.</param>
/// <param name="Stats">Journal-wide counts.</param>
/// <param name="Review">The review year that contains today.</param>
/// <param name="Attention">Number of problems found (diagnostics).</param>
/// <param name="HasAttention">True when there is at least one problem.</param>
internal sealed record DashboardPageModel(
    string Title,
    string Today,
    IReadOnlyList<DueRow> Due,
    bool HasDue,
    IReadOnlyList<PersonRef> NeverMet,
    IReadOnlyList<ActionRow> Overdue,
    IReadOnlyList<ActionRow> DueSoon,
    int OpenCount,
    int OverdueCount,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<NoteRow> Recent,
    DashboardStats Stats,
    DashboardReview Review,
    int Attention,
    bool HasAttention) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "dashboard";
}

/// <summary>A person whose next 1:1 is due soon or overdue (dashboard).</summary>
/// <param name="Person">Link to the person.</param>
/// <param name="PrepUrl">Site-root link (<c>~/prep/people/&lt;id&gt;/</c>) to their prep sheet.</param>
/// <param name="Role">Their role as written in their file, or null.</param>
/// <param name="Cadence">The cadence label, e.g. <c>weekly</c>.</param>
/// <param name="LastMet">Date of the last meeting as display text, or <c>never</c>.</param>
/// <param name="NextDue">Date the next meeting is due as display text, or empty.</param>
/// <param name="When">The due date relative to today, e.g. <c>in 3 days</c>, <c>2 days ago</c>.</param>
/// <param name="IsOverdue">True when the 1:1 is overdue.</param>
internal sealed record DueRow(PersonRef Person, string PrepUrl, string? Role, string Cadence, string LastMet, string NextDue, string When, bool IsOverdue);

/// <summary>Journal-wide counts on the dashboard.</summary>
/// <param name="People">Number of people.</param>
/// <param name="Notes">Number of placed notes.</param>
/// <param name="GoalsInFlight">Number of goals in flight.</param>
/// <param name="OpenActions">Number of open actions.</param>
internal sealed record DashboardStats(int People, int Notes, int GoalsInFlight, int OpenActions);

/// <summary>The dashboard's link to the current review year.</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Label">The review year's label, e.g. <c>2026</c> or <c>2026–27</c>.</param>
/// <param name="Url">Site-root link to the year's review.</param>
/// <param name="Exists">True when the year has meetings (so its review page exists).</param>
internal sealed record DashboardReview(int Year, string Label, string Url, bool Exists);
