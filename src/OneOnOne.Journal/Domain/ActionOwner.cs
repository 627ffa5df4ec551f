namespace OneOnOne.Journal.Domain;

/// <summary>
/// Whose an action item is, seen from the meetings with one person (the person a review or a row is about):
/// every action figure is split this way, so "actions on time" about a report is about their own items.
/// </summary>
public enum ActionOwner
{
    /// <summary>Owned by that person (<c>@their-id</c>).</summary>
    Theirs,

    /// <summary>Owned by the journal's owner (<c>@me</c>).</summary>
    Yours,

    /// <summary>No owner named, or owned by someone else (a third person in a shared meeting).</summary>
    Shared,
}
