using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>note</c> layout: a note's page (<c>/notes/&lt;yyyy&gt;/&lt;slug&gt;/</c>).</summary>
/// <param name="Note">The note's row (title, date, people, type, mood, tags).</param>
/// <param name="Time">The meeting's time as <c>HH:mm</c>, or null.</param>
/// <param name="BodyHtml">The note's body as HTML with task tokens rendered (already HTML: written unencoded).</param>
/// <param name="SourcePath">The note's file, relative to the journal root.</param>
/// <param name="Goals">The goals the note mentions, in the order of its mentions.</param>
/// <param name="Next">Topics queued for the next meeting (plain text).</param>
/// <param name="Opened">Actions opened in the note.</param>
/// <param name="Closed">Actions closed in the note.</param>
/// <param name="Newer">The next newer note with the same first person, or null.</param>
/// <param name="Older">The next older note with the same first person, or null.</param>
/// <param name="Problems">The note's errors as <c>path:line:column: error: message</c>, by line.</param>
/// <param name="Warnings">The note's warnings, same form, by line.</param>
/// <param name="IsPlaced">True when the note is on a timeline (it has a date and a known person).</param>
internal sealed record NotePageModel(
    NoteRow Note,
    string? Time,
    Html BodyHtml,
    string SourcePath,
    IReadOnlyList<NoteGoal> Goals,
    IReadOnlyList<string> Next,
    IReadOnlyList<ActionRow> Opened,
    IReadOnlyList<ActionRow> Closed,
    NoteLink? Newer,
    NoteLink? Older,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings,
    bool IsPlaced) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "note";
}

/// <summary>A goal as one note mentions it.</summary>
/// <param name="Title">The goal's title (or the mention's title or goal id when the goal is unknown).</param>
/// <param name="Url">Site-root link to the goal, or null when the goal is unknown.</param>
/// <param name="Status">The status after this note as display text, or empty.</param>
/// <param name="StatusClass">The status's CSS class, or empty.</param>
/// <param name="Progress">Progress in percent (0–100) after this note, or null.</param>
/// <param name="Comment">The mention's comment (plain text), or null.</param>
internal sealed record NoteGoal(string Title, string? Url, string Status, string StatusClass, int? Progress, string? Comment);
