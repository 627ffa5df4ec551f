namespace OneOnOne.Journal.Domain;

/// <summary>Who a person is to the journal's owner (DESIGN.md, "A person"); it decides the side of the table their prep sheet speaks from (<see cref="MeetingSides.For"/>). The people page groups people in this order.</summary>
public enum Relationship
{
    /// <summary>A direct report.</summary>
    Report,

    /// <summary>A skip-level report: a report's report (<c>skip-report</c>); the owner leads these meetings.</summary>
    SkipReport,

    /// <summary>The owner's manager.</summary>
    Manager,

    /// <summary>A skip-level manager: the owner's manager's manager (<c>skip</c>; a report's report is <see cref="SkipReport"/>).</summary>
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

    /// <summary>The owner's own person file (<c>relationship: self</c>, or the person whose id or name is settings <c>owner</c>):
    /// kept so that names resolve, but never listed as someone the owner meets (issue #15); in an attendee list it counts as the owner.</summary>
    Self,
}
