namespace OneOnOne.Journal.Site.Models;

/// <summary>A feedback line in a year in review (the <c>review-feedback</c> partial; both review layouts).</summary>
/// <param name="Text">The line as written (plain text).</param>
/// <param name="Kind"><c>praise</c>, <c>constructive</c>, or empty when unspecified.</param>
/// <param name="KindClass">Its CSS class, <c>fb-&lt;kind&gt;</c>.</param>
/// <param name="HasKind">True when the kind is specified.</param>
/// <param name="Direction"><c>given</c>, <c>received</c> or <c>unspecified</c>.</param>
/// <param name="Date">The note's date as display text.</param>
/// <param name="Iso">The note's date as an ISO date.</param>
/// <param name="Url">Site-root link to the note.</param>
/// <param name="Title">The note's title.</param>
/// <param name="With">The note's other people, comma-separated (the review's own person left out), or empty.</param>
internal sealed record ReviewFeedback(string Text, string Kind, string KindClass, bool HasKind, string Direction, string Date, string Iso, string Url, string Title, string With);
