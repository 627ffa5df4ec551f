namespace OneOnOne.Journal.Domain;

/// <summary>Which side of the table a relationship or an owner's role puts the journal's owner on (issue #16).</summary>
public static class MeetingSides
{
    /// <summary>
    /// The owner's side in a meeting with someone who is <paramref name="relationship"/> to them: a report,
    /// a mentee or a skip-level report (a report's report) → <see cref="MeetingSide.Lead"/>; a manager,
    /// a skip-level manager (the manager's manager), an executive or a mentor → <see cref="MeetingSide.Attend"/>;
    /// a peer or anyone else → <see cref="MeetingSide.Neutral"/>.
    /// </summary>
    public static MeetingSide For(Relationship relationship) => relationship switch
    {
        Relationship.Report or Relationship.Mentee or Relationship.SkipReport => MeetingSide.Lead,
        Relationship.Manager or Relationship.Skip or Relationship.Exec or Relationship.Mentor => MeetingSide.Attend,
        _ => MeetingSide.Neutral,
    };

    /// <summary>
    /// The order a meeting type's prep sheet shows its sides in: the owner's usual side first
    /// (<see cref="OwnerRole.Report"/> → attending first; <see cref="OwnerRole.Manager"/> and
    /// <see cref="OwnerRole.Both"/> → leading first), the neutral side last.
    /// </summary>
    public static IReadOnlyList<MeetingSide> Order(OwnerRole role) => role == OwnerRole.Report
        ? [MeetingSide.Attend, MeetingSide.Lead, MeetingSide.Neutral]
        : [MeetingSide.Lead, MeetingSide.Attend, MeetingSide.Neutral];
}
