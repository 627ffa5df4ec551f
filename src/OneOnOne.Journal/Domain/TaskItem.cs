namespace OneOnOne.Journal.Domain;

/// <summary>
/// One Markdown task-list item as written in one note (<c>- [ ] @alice Draft plan due:2026-03-11</c>).
/// Several task items across notes make one <see cref="ActionItem"/>.
/// </summary>
/// <param name="Text">The text shown to the user: owner mention and date tokens removed.</param>
/// <param name="Owner">The owner's person id, <c>me</c> for the journal's owner, or null when none is named.</param>
/// <param name="Due">The due date (<c>due:YYYY-MM-DD</c> or <c>📅 YYYY-MM-DD</c>), or null.</param>
/// <param name="Done">True when the box is checked (<c>[x]</c>).</param>
/// <param name="DoneOn">The completion date written on the item (<c>done:YYYY-MM-DD</c> or the Obsidian Tasks <c>✅ YYYY-MM-DD</c>), or null.</param>
/// <param name="Line">1-based line in the note file.</param>
public sealed record TaskItem(string Text, string? Owner, DateOnly? Due, bool Done, DateOnly? DoneOn, int Line)
{
    /// <summary>The identity used to match the same item across notes (see <see cref="ActionKey.From"/>).</summary>
    public string Key => Keys.GetValue(Text, ActionKey.From);

    // the key of a text, remembered while the text is alive: in preview the unchanged notes keep the
    // same strings from build to build, and Unicode normalisation of every task was a visible part of a rebuild
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Keys = new();
}
