namespace OneOnOne.Journal.Domain;

/// <summary>A goal's status at one mention (DESIGN.md, "A note": <c>goals[].status</c>).</summary>
public enum GoalStatus
{
    /// <summary>Suggested, not yet agreed.</summary>
    Proposed,

    /// <summary>Agreed and going to plan.</summary>
    OnTrack,

    /// <summary>Likely to slip without help.</summary>
    AtRisk,

    /// <summary>Will not be met as planned.</summary>
    OffTrack,

    /// <summary>Reached.</summary>
    Done,

    /// <summary>Abandoned on purpose.</summary>
    Dropped,
}
