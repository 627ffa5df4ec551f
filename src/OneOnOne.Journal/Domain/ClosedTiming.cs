namespace OneOnOne.Journal.Domain;

/// <summary>
/// How a closed action item with a due date stands against it (docs/journal-format.md, "When an action was done").
/// A note only proves an item was done by the note's date, so an item ticked at the first meeting after its
/// due date, with no done date written, may well have been done in time: it gets its own bucket, never late.
/// </summary>
public enum ClosedTiming
{
    /// <summary>The written done date, or else the ticking note's date, is on or before the due date.</summary>
    OnTime,

    /// <summary>No done date written, and the note that ticked it is the first meeting after the due date.</summary>
    ByNextMeeting,

    /// <summary>The written done date is after the due date, or (none written) it was ticked at a later meeting than the first after the due date.</summary>
    Late,
}
