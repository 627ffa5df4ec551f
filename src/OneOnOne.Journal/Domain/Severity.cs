namespace OneOnOne.Journal.Domain;

/// <summary>How bad a problem in the journal is.</summary>
public enum Severity
{
    /// <summary>The note is built, but something in it was ignored or guessed.</summary>
    Warning,

    /// <summary>Part of the note could not be read or placed; the build exits 1 (after writing everything else).</summary>
    Error,
}
