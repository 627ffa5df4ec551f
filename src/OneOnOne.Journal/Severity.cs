namespace OneOnOne.Journal;

/// <summary>How bad a problem in the journal is.</summary>
public enum Severity
{
    /// <summary>Not a problem: something the build noticed and deliberately left alone (a file under the notes folder
    /// that is not a 1:1 note). Printed by <c>check</c> as <c>info:</c>; it never changes the exit code, and the
    /// attention page lists infos in a collapsed list apart from the problems.</summary>
    Info = -1,

    /// <summary>The note is built, but something in it was ignored or guessed.</summary>
    Warning,

    /// <summary>Part of the note could not be read or placed; the build exits 1 (after writing everything else).</summary>
    Error,
}
