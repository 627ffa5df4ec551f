namespace OneOnOne.Journal.Domain;

/// <summary>Who gave a piece of feedback, from the owner's point of view.</summary>
public enum FeedbackDirection
{
    /// <summary>The line does not say <c>Given</c> or <c>Received</c>.</summary>
    Unspecified,

    /// <summary>The owner gave it.</summary>
    Given,

    /// <summary>The owner received it.</summary>
    Received,
}

/// <summary>The kind of feedback.</summary>
public enum FeedbackKind
{
    /// <summary>The line says neither <c>(praise)</c> nor <c>(constructive)</c>.</summary>
    Unspecified,

    /// <summary>Positive feedback.</summary>
    Praise,

    /// <summary>Feedback asking for a change.</summary>
    Constructive,
}

/// <summary>One line of a note's "Feedback" section (DESIGN.md: <c>- Given (praise): ...</c>).</summary>
/// <param name="Direction">Given or received.</param>
/// <param name="Kind">Praise or constructive.</param>
/// <param name="Text">The feedback, with the classifying prefix removed.</param>
/// <param name="Line">1-based line in the note file.</param>
public sealed record FeedbackEntry(FeedbackDirection Direction, FeedbackKind Kind, string Text, int Line);
