namespace OneOnOne.Journal.Domain;

/// <summary>How a person relates to the journal's owner (DESIGN.md, "A person").</summary>
public enum Relationship
{
    /// <summary>A direct report.</summary>
    Report,

    /// <summary>The owner's manager.</summary>
    Manager,

    /// <summary>A skip-level: a report's report, or the manager's manager.</summary>
    Skip,

    /// <summary>A peer.</summary>
    Peer,

    /// <summary>An executive.</summary>
    Exec,

    /// <summary>Someone who mentors the owner.</summary>
    Mentor,

    /// <summary>Someone the owner mentors.</summary>
    Mentee,

    /// <summary>Anyone else.</summary>
    Other,
}
