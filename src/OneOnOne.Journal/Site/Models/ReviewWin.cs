namespace OneOnOne.Journal.Site.Models;

/// <summary>A win in a year in review (the <c>review-wins</c> partial; both review layouts).</summary>
/// <param name="Text">The win as written (plain text).</param>
/// <param name="Date">The note's date as display text.</param>
/// <param name="Iso">The note's date as an ISO date.</param>
/// <param name="Url">Site-root link to the note.</param>
/// <param name="Title">The note's title.</param>
/// <param name="With">The note's other people, comma-separated (the review's own person left out), or empty.</param>
internal sealed record ReviewWin(string Text, string Date, string Iso, string Url, string Title, string With);
