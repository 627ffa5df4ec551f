namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>notes</c> layout (<c>/notes/</c>): the years with their counts.</summary>
/// <param name="Count">Number of notes (placed or not).</param>
/// <param name="Years">Years with placed notes, newest first.</param>
/// <param name="Undated">Notes without a date (they belong to no year), by slug.</param>
internal sealed record NotesPageModel(int Count, IReadOnlyList<NotesYear> Years, IReadOnlyList<NoteRow> Undated) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "notes";
}

/// <summary>A year on the notes index.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">Its notes, e.g. <c>31 notes</c>.</param>
/// <param name="Url">Site-root link to the year's page.</param>
internal sealed record NotesYear(int Year, string Count, string Url);
