using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>review-person</c> layout (<c>/review/&lt;yyyy&gt;/&lt;person id&gt;/</c>): one person's year, printable.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Name">Their name.</param>
/// <param name="Role">Their job title, or null.</param>
/// <param name="Relationship">The relationship as display text.</param>
/// <param name="PersonUrl">Site-root link to their timeline.</param>
/// <param name="YearUrl">Site-root link to the whole year's review.</param>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Label">The review year's label.</param>
/// <param name="IsCurrent">True for the year that contains today.</param>
/// <param name="UpTo">Today as display text in the current year, else null.</param>
/// <param name="Years">The review years in which they were met.</param>
/// <param name="ActiveFrom">When the relationship became active in the year as display text, when not at its start; else null.</param>
/// <param name="Glance">The year at a glance.</param>
/// <param name="Footnotes">How the figures were counted.</param>
/// <param name="ReachedGoals">Goals reached in the year.</param>
/// <param name="Wins">Their wins, oldest first.</param>
/// <param name="HasAchievements">True when there is a win or a reached goal.</param>
/// <param name="Given">Feedback given to them.</param>
/// <param name="Received">Feedback received from them.</param>
/// <param name="Unspecified">Feedback without a direction.</param>
/// <param name="HasFeedback">True when there is any feedback.</param>
/// <param name="Goals">Every goal mentioned in the year.</param>
/// <param name="Goal">Counts of goals started, reached, dropped and at risk.</param>
/// <param name="MonthsChart">Meetings per month as SVG markup (HTML already).</param>
/// <param name="ByType">Meetings per meeting type.</param>
/// <param name="LongestGaps">The three longest gaps between meetings.</param>
/// <param name="Actions">Action items of the year.</param>
/// <param name="MoodChart">Mood across the year as SVG markup (HTML already), or empty.</param>
/// <param name="AverageMood">The average mood with one decimal (invariant culture), or null without moods.</param>
/// <param name="MoodCount">Meetings with a mood, e.g. <c>8 meetings</c>.</param>
/// <param name="Tags">The most used tags.</param>
/// <param name="Evidence">Notes with wins or feedback.</param>
/// <param name="NoteCount">Notes in the year, e.g. <c>12 notes</c>.</param>
internal sealed record ReviewPersonPageModel(
    string Id,
    string Name,
    string? Role,
    string Relationship,
    string PersonUrl,
    string YearUrl,
    int Year,
    string Label,
    bool IsCurrent,
    string? UpTo,
    IReadOnlyList<ReviewPersonYear> Years,
    string? ActiveFrom,
    ReviewGlance Glance,
    ReviewFootnotes Footnotes,
    IReadOnlyList<ReviewGoal> ReachedGoals,
    IReadOnlyList<ReviewWin> Wins,
    bool HasAchievements,
    IReadOnlyList<ReviewFeedback> Given,
    IReadOnlyList<ReviewFeedback> Received,
    IReadOnlyList<ReviewFeedback> Unspecified,
    bool HasFeedback,
    IReadOnlyList<ReviewGoal> Goals,
    ReviewGoalCounts Goal,
    Html MonthsChart,
    IReadOnlyList<ReviewTypeCount> ByType,
    IReadOnlyList<ReviewGap> LongestGaps,
    ReviewActions Actions,
    Html MoodChart,
    string? AverageMood,
    string MoodCount,
    IReadOnlyList<ReviewTag> Tags,
    IReadOnlyList<ReviewEvidence> Evidence,
    string NoteCount) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "review-person";
}

/// <summary>A review year in which the person was met (tabs of their review).</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Url">Site-root link to their review of that year.</param>
/// <param name="IsThis">True for the page's own year.</param>
internal sealed record ReviewPersonYear(int Year, string Url, bool IsThis);

/// <summary>A person's year at a glance. Percentages are text such as <c>80%</c>, or <c>–</c> when there is nothing to count.</summary>
/// <param name="Held">Meetings held.</param>
/// <param name="Expected">Meetings expected by cadence.</param>
/// <param name="HeldPercent">Held of expected.</param>
/// <param name="Kept">Gaps within cadence.</param>
/// <param name="Cadence">The cadence label.</param>
/// <param name="GoalsReached">Goals reached.</param>
/// <param name="GoalsInYear">Goals mentioned.</param>
/// <param name="Wins">Number of wins.</param>
/// <param name="Given">Feedback lines given.</param>
/// <param name="Received">Feedback lines received.</param>
/// <param name="Closed">Actions closed.</param>
/// <param name="OnTime">Their actions with a due date closed on time.</param>
/// <param name="TheirOnTime">Their actions closed by the due date.</param>
/// <param name="TheirByNextMeeting">Their actions closed late but by the next meeting.</param>
/// <param name="TheirLate">Their actions closed later.</param>
/// <param name="TheirWithDue">Their closed actions that had a due date.</param>
/// <param name="YourOnTime">The owner's actions with a due date closed on time.</param>
/// <param name="YourWithDue">The owner's closed actions that had a due date.</param>
internal sealed record ReviewGlance(
    int Held,
    int Expected,
    string HeldPercent,
    string Kept,
    string Cadence,
    int GoalsReached,
    int GoalsInYear,
    int Wins,
    int Given,
    int Received,
    int Closed,
    string OnTime,
    int TheirOnTime,
    int TheirByNextMeeting,
    int TheirLate,
    int TheirWithDue,
    string YourOnTime,
    int YourWithDue);

/// <summary>How a person's review figures were counted.</summary>
/// <param name="Expected">How the expected meetings were counted, in one sentence.</param>
/// <param name="GraceDays">Days of grace on top of the cadence.</param>
/// <param name="CadenceDays">The cadence in days.</param>
internal sealed record ReviewFootnotes(string Expected, int GraceDays, int CadenceDays);

/// <summary>A goal as it stood in a review year.</summary>
/// <param name="Title">The goal's title.</param>
/// <param name="Url">Site-root link to the goal.</param>
/// <param name="Status">The status at the year's end as display text.</param>
/// <param name="StatusClass">The status's CSS class.</param>
/// <param name="Progress">Progress in percent (0–100) at the year's end, or null.</param>
/// <param name="HasProgress">True when <paramref name="Progress"/> is not null.</param>
/// <param name="Line">The progress line as SVG markup (HTML already), or empty.</param>
/// <param name="Trail">Progress through the year, e.g. <c>20% → 60%</c>, or empty with fewer than two points.</param>
/// <param name="Flags">What happened in the year, e.g. <c>started, reached 3 Oct</c>, or empty.</param>
/// <param name="Comment">The last comment in the year (plain text), or null.</param>
internal sealed record ReviewGoal(string Title, string Url, string Status, string StatusClass, int? Progress, bool HasProgress, Html Line, string Trail, string Flags, string? Comment);

/// <summary>Counts of a person's goals in a review year.</summary>
/// <param name="Started">Goals first mentioned in the year.</param>
/// <param name="Reached">Goals first done in the year.</param>
/// <param name="Dropped">Goals first dropped in the year.</param>
/// <param name="AtRisk">Goals at risk or off track at the year's end.</param>
internal sealed record ReviewGoalCounts(int Started, int Reached, int Dropped, int AtRisk);

/// <summary>Meetings of one meeting type in a review year.</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Url">Site-root link to its prep sheet.</param>
/// <param name="Count">Number of meetings.</param>
internal sealed record ReviewTypeCount(string Name, string Url, int Count);

/// <summary>A gap between two meetings in a review year.</summary>
/// <param name="Days">Its length, e.g. <c>21 days</c>.</param>
/// <param name="Kept">True when within the cadence plus grace days.</param>
/// <param name="From">The earlier meeting's date as display text.</param>
/// <param name="FromUrl">Site-root link to the earlier note.</param>
/// <param name="To">The later meeting's date as display text.</param>
/// <param name="ToUrl">Site-root link to the later note.</param>
internal sealed record ReviewGap(string Days, bool Kept, string From, string FromUrl, string To, string ToUrl);

/// <summary>A person's action items in a review year.</summary>
/// <param name="Opened">Number opened.</param>
/// <param name="Closed">Number closed.</param>
/// <param name="StillOpen">Number still open at the year's end.</param>
/// <param name="ByOwner">Figures per owner: theirs, the owner's, shared.</param>
/// <param name="OpenRows">The actions still open, in display order.</param>
internal sealed record ReviewActions(int Opened, int Closed, int StillOpen, IReadOnlyList<ReviewOwnerFigures> ByOwner, IReadOnlyList<ActionRow> OpenRows);

/// <summary>Action figures of one owner in a review year.</summary>
/// <param name="Label">The owner as a row label, e.g. <c>Alice's own</c>, <c>Yours (@me)</c>.</param>
/// <param name="Key"><c>theirs</c>, <c>yours</c> or <c>shared</c>.</param>
/// <param name="Opened">Number opened.</param>
/// <param name="Closed">Number closed.</param>
/// <param name="StillOpen">Number still open.</param>
/// <param name="Overdue">Still open past their due date at the year's end.</param>
/// <param name="OnTime">Closed by the due date.</param>
/// <param name="ByNextMeeting">Closed late but by the next meeting.</param>
/// <param name="Late">Closed later.</param>
/// <param name="OnTimePercent">Closed on time of those with a due date, e.g. <c>75%</c>, or <c>–</c>.</param>
internal sealed record ReviewOwnerFigures(string Label, string Key, int Opened, int Closed, int StillOpen, int Overdue, int OnTime, int ByNextMeeting, int Late, string OnTimePercent);

/// <summary>A tag and how often it was used in a review year.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Count">Number of notes with it.</param>
internal sealed record ReviewTag(string Tag, int Count);

/// <summary>A note with wins or feedback in a review year.</summary>
/// <param name="Url">Site-root link to the note.</param>
/// <param name="Title">The note's title.</param>
/// <param name="Date">Its date as display text.</param>
/// <param name="Iso">Its date as an ISO date.</param>
/// <param name="What">What it holds, e.g. <c>2 wins, 1 feedback</c>.</param>
internal sealed record ReviewEvidence(string Url, string Title, string Date, string Iso, string What);
