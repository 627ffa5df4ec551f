namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>review</c> layout (<c>/review/&lt;yyyy&gt;/</c>): everyone met in a review year side by side.</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Label">Its label, e.g. <c>2026</c> or <c>2026–27</c>.</param>
/// <param name="Owner">The journal owner's name.</param>
/// <param name="IsCurrent">True for the year that contains today.</param>
/// <param name="UpTo">Today as display text in the current year, else null.</param>
/// <param name="OtherYears">The other review years.</param>
/// <param name="Meetings">Number of meetings in the year.</param>
/// <param name="PeopleCount">People met, e.g. <c>5 people</c>.</param>
/// <param name="GoalsReached">Goals reached, e.g. <c>3 goals</c>.</param>
/// <param name="Wins">Wins, e.g. <c>7 wins</c>.</param>
/// <param name="FeedbackGiven">Feedback given, e.g. <c>4 pieces</c>.</param>
/// <param name="MeetingsText">Meetings, e.g. <c>40 meetings</c>.</param>
/// <param name="HasFormer">True when a former colleague was met in the year.</param>
/// <param name="People">A row per person: current colleagues first, then former ones.</param>
/// <param name="OwnerWins">The owner's own wins (from meetings upward), oldest first.</param>
/// <param name="OwnerFeedback">Feedback the owner received in those meetings, oldest first.</param>
/// <param name="HasOwnerItems">True when there is an owner win or feedback.</param>
internal sealed record ReviewPageModel(
    int Year,
    string Label,
    string Owner,
    bool IsCurrent,
    string? UpTo,
    IReadOnlyList<ReviewYearLink> OtherYears,
    int Meetings,
    string PeopleCount,
    string GoalsReached,
    string Wins,
    string FeedbackGiven,
    string MeetingsText,
    bool HasFormer,
    IReadOnlyList<ReviewPersonRow> People,
    IReadOnlyList<ReviewWin> OwnerWins,
    IReadOnlyList<ReviewFeedback> OwnerFeedback,
    bool HasOwnerItems) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "review";
}

/// <summary>A link to another review year.</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Url">Site-root link to its review.</param>
internal sealed record ReviewYearLink(int Year, string Url);

/// <summary>A person's row in a review year.</summary>
/// <param name="FormerHeading">True on the first former colleague's row (the layout puts a heading row before it).</param>
/// <param name="Name">Their name.</param>
/// <param name="Url">Site-root link to their year in review.</param>
/// <param name="Relationship">The relationship as display text.</param>
/// <param name="Cadence">The cadence label.</param>
/// <param name="Held">Meetings held in the year.</param>
/// <param name="Expected">Meetings expected by cadence.</param>
/// <param name="Kept">Gaps within cadence in percent, e.g. <c>80%</c>, or <c>–</c>.</param>
/// <param name="KeptLow">True when that is below 60%.</param>
/// <param name="GoalsReached">Goals reached in the year.</param>
/// <param name="GoalsInYear">Goals mentioned in the year.</param>
/// <param name="Wins">Number of wins.</param>
/// <param name="Given">Number of feedback lines given.</param>
/// <param name="Received">Number of feedback lines received.</param>
/// <param name="OpenActions">Actions still open at the year's end.</param>
/// <param name="OpenTheirs">Of those, theirs.</param>
/// <param name="OpenYours">Of those, the owner's.</param>
/// <param name="OpenShared">Of those, shared or unassigned.</param>
/// <param name="OnTime">Their actions with a due date closed on time, in percent, or <c>–</c>.</param>
/// <param name="IsFormer">True for a former colleague.</param>
/// <param name="Until">When the relationship ended as display text, or null.</param>
internal sealed record ReviewPersonRow(
    bool FormerHeading,
    string Name,
    string Url,
    string Relationship,
    string Cadence,
    int Held,
    int Expected,
    string Kept,
    bool KeptLow,
    int GoalsReached,
    int GoalsInYear,
    int Wins,
    int Given,
    int Received,
    int OpenActions,
    int OpenTheirs,
    int OpenYours,
    int OpenShared,
    string OnTime,
    bool IsFormer,
    string? Until);
