namespace OneOnOne.Journal.Domain;

/// <summary>
/// The whole journal's year in review, computed by <see cref="ReviewBuilder.ForJournal"/>: everyone met
/// in the year side by side, and the owner's own wins and feedback received, taken from meetings with
/// people whose relationship is manager, skip-level or executive.
/// </summary>
/// <param name="Year">The review year.</param>
/// <param name="People">A review for each person met in the year, ordered by name.</param>
/// <param name="Meetings">Placed notes dated in the year up to today.</param>
/// <param name="OwnerWins">Wins from meetings with a manager, skip-level or executive, oldest first.</param>
/// <param name="OwnerFeedbackReceived">Feedback marked <c>Received</c> in those meetings, oldest first.</param>
public sealed record JournalReview(
    ReviewYear Year,
    IReadOnlyList<PersonReview> People,
    int Meetings,
    IReadOnlyList<WinItem> OwnerWins,
    IReadOnlyList<FeedbackItem> OwnerFeedbackReceived)
{
    /// <summary>The relationships whose meetings hold the owner's own wins and feedback.</summary>
    public static readonly IReadOnlySet<Relationship> UpwardRelationships = new HashSet<Relationship> { Relationship.Manager, Relationship.Skip, Relationship.Exec };
}
