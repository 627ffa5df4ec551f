namespace OneOnOne.Journal.Domain;

/// <summary>
/// The side of the table the journal's owner sits on in a meeting (issue #16, docs/journal-format.md,
/// "Meeting types"): a meeting type carries guidance for each side, and a person's prep sheet shows the
/// side that their <see cref="Relationship"/> puts the owner on (<see cref="MeetingSides.For"/>).
/// </summary>
public enum MeetingSide
{
    /// <summary>The owner hosts as the senior side: the manager, mentor, skip-level manager or executive (section <c># Leading</c>).</summary>
    Lead,

    /// <summary>The owner attends as the junior side: the report or mentee (section <c># Attending</c>).</summary>
    Attend,

    /// <summary>Neither outranks the other: a peer or anyone else (section <c># Between peers</c>).</summary>
    Neutral,
}
