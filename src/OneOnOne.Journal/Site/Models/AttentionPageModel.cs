namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>attention</c> layout (<c>/attention/</c>, "needs attention").</summary>
/// <param name="Files">Files with problems, those with errors first, then by path.</param>
/// <param name="Unplaced">Notes that could not be placed on a timeline, by source path.</param>
/// <param name="Errors">Number of errors shown.</param>
/// <param name="Warnings">Number of warnings shown.</param>
/// <param name="Withheld">Number of files a publish left out as unreadable (only counted, never named).</param>
/// <param name="Infos">Each info line (<c>path:1:1: info: not a 1:1 note (no date)</c>), by path: files left out as not 1:1 notes, shown collapsed.</param>
/// <param name="WithheldText">A sentence that says how many files were left out.</param>
/// <param name="IsClean">True when there is nothing to show.</param>
internal sealed record AttentionPageModel(
    IReadOnlyList<AttentionFile> Files,
    IReadOnlyList<UnplacedNote> Unplaced,
    int Errors,
    int Warnings,
    int Withheld,
    IReadOnlyList<string> Infos,
    string WithheldText,
    bool IsClean) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "attention";
}

/// <summary>A file with problems.</summary>
/// <param name="Path">Path relative to <c>input/</c>.</param>
/// <param name="NoteUrl">Site-root link to the note built from the file, or null when it is not a note.</param>
/// <param name="NoteTitle">That note's title, or null.</param>
/// <param name="Problems">The file's problems by line and column.</param>
internal sealed record AttentionFile(string Path, string? NoteUrl, string? NoteTitle, IReadOnlyList<AttentionProblem> Problems);

/// <summary>One problem in a file.</summary>
/// <param name="Line">1-based line; 1 when the whole file is concerned.</param>
/// <param name="Column">1-based column; 1 when unknown.</param>
/// <param name="IsError">True for an error, false for a warning.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">The message (plain text).</param>
/// <param name="Text">The whole diagnostic as <c>path:line:column: severity: message</c>.</param>
internal sealed record AttentionProblem(int Line, int Column, bool IsError, string Severity, string Message, string Text);

/// <summary>A note that could not be placed on a timeline.</summary>
/// <param name="Title">The note's title.</param>
/// <param name="Url">Site-root link to the note's page.</param>
/// <param name="SourcePath">Path relative to <c>input/</c>.</param>
/// <param name="Reason">Why: its first error, or <c>no valid date</c> / <c>no known person</c>.</param>
internal sealed record UnplacedNote(string Title, string Url, string SourcePath, string Reason);
