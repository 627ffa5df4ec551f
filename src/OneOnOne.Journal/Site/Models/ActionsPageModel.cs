namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>actions</c> layout (<c>/actions/</c>).</summary>
/// <param name="OpenCount">Number of open actions.</param>
/// <param name="OverdueCount">Number of open actions past their due date.</param>
/// <param name="Overdue">Overdue actions, in display order.</param>
/// <param name="Open">Open actions not overdue, in display order.</param>
/// <param name="Mine">Open actions owned by the journal's owner (<c>@me</c>).</param>
/// <param name="Closed">The 30 most recently closed actions, newest first.</param>
/// <param name="Owner">The journal owner's name (plain text).</param>
internal sealed record ActionsPageModel(
    int OpenCount,
    int OverdueCount,
    IReadOnlyList<ActionRow> Overdue,
    IReadOnlyList<ActionRow> Open,
    IReadOnlyList<ActionRow> Mine,
    IReadOnlyList<ActionRow> Closed,
    string Owner) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "actions";
}
