namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>notes-year</c> layout (<c>/notes/&lt;yyyy&gt;/</c>): one year's notes.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">Its notes, e.g. <c>31 notes</c>.</param>
/// <param name="Years">Every year with placed notes, newest first, for the year tabs.</param>
/// <param name="Notes">The year's notes, newest first.</param>
internal sealed record NotesYearPageModel(int Year, string Count, IReadOnlyList<NotesYearTab> Years, IReadOnlyList<NoteRow> Notes) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "notes-year";
}

/// <summary>A year tab on a year's notes page.</summary>
/// <param name="Year">The year.</param>
/// <param name="Url">Site-root link to its page.</param>
/// <param name="IsThis">True for the page's own year.</param>
internal sealed record NotesYearTab(int Year, string Url, bool IsThis);
