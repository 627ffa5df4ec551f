namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>prep-index</c> layout (<c>/prep/</c>).</summary>
/// <param name="Types">Every meeting type, in the journal's order.</param>
/// <param name="People">Every person, next 1:1 due first (overdue ones lead); people not met yet last.</param>
internal sealed record PrepIndexPageModel(IReadOnlyList<PrepTypeRow> Types, IReadOnlyList<PrepPersonRow> People) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "prep-index";
}

/// <summary>A meeting type on the prep index.</summary>
/// <param name="Id">The type's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Purpose">One sentence on what it is for (plain text).</param>
/// <param name="Url">Site-root link to its prep sheet.</param>
/// <param name="Duration">Planned length, e.g. <c>30 min</c>, or empty.</param>
/// <param name="WhoLeads">Who drives the meeting (free text), or null.</param>
/// <param name="Held">Number of placed notes of this type.</param>
internal sealed record PrepTypeRow(string Id, string Name, string Purpose, string Url, string Duration, string? WhoLeads, int Held);

/// <summary>A person on the prep index, with their next 1:1.</summary>
/// <param name="Person">Link to the person.</param>
/// <param name="Url">Site-root link to their personal prep sheet.</param>
/// <param name="Type">Their usual meeting type's name.</param>
/// <param name="Side">The one side of the table their relationship puts the owner on, lower-cased first letter (e.g. <c>as their manager</c>), or empty.</param>
/// <param name="NextDue">The date the next 1:1 is due as display text, or empty.</param>
/// <param name="IsOverdue">True when it is overdue.</param>
/// <param name="Overdue">How long overdue, e.g. <c>3 days overdue</c>, or empty.</param>
internal sealed record PrepPersonRow(PersonRef Person, string Url, string Type, string Side, string NextDue, bool IsOverdue, string Overdue);
