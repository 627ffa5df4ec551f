namespace OneOnOne.Journal.Site.Models;

/// <summary>The model of the <c>review-index</c> layout (<c>/review/</c>): the review years.</summary>
/// <param name="Years">Review years with meetings, oldest first.</param>
/// <param name="HasYears">True when there is at least one.</param>
/// <param name="StartMonth">The month review years start in, in English, e.g. <c>January</c>.</param>
internal sealed record ReviewIndexPageModel(IReadOnlyList<ReviewIndexYear> Years, bool HasYears, string StartMonth) : IPageModel
{
    /// <inheritdoc />
    public static string Layout => "review-index";
}

/// <summary>A review year on the review index.</summary>
/// <param name="Year">The calendar year the review year starts in.</param>
/// <param name="Label">Its label, e.g. <c>2026</c> or <c>2026–27</c>.</param>
/// <param name="Url">Site-root link to its review.</param>
/// <param name="People">People met, e.g. <c>5 people</c>.</param>
/// <param name="Meetings">Meetings held, e.g. <c>40 meetings</c>.</param>
/// <param name="IsCurrent">True for the year that contains today.</param>
internal sealed record ReviewIndexYear(int Year, string Label, string Url, string People, string Meetings, bool IsCurrent);
