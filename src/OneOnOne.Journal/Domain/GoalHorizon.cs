namespace OneOnOne.Journal.Domain;

/// <summary>How far out a goal is: weeks, a quarter or two, a year or more.</summary>
public enum GoalHorizon
{
    /// <summary>Weeks.</summary>
    Short,

    /// <summary>One or two quarters.</summary>
    Medium,

    /// <summary>A year or more (career goals).</summary>
    Long,
}
