using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The search page (<c>/search/</c>): a query box and filters (person, meeting type, year, date range,
/// tag) whose options come from the journal; <c>theme/assets/search.js</c> runs the search against the
/// index that <see cref="Modules.CreateSearchIndex"/> writes.
/// </summary>
internal static class SearchPage
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var notes = journal.Notes;
        var model = new SearchPageModel(
            People: journal.People.Select(p => new SearchFilterOption(p.Id, p.Name)).ToList(),
            Types: journal.MeetingTypes.Where(t => notes.Any(n => n.TypeId == t.Id))
                .Select(t => new SearchFilterOption(t.Id, t.Name)).ToList(),
            Tags: notes.SelectMany(n => n.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Years: notes.Where(n => n.Date is not null).Select(n => n.Date!.Value.Year).Distinct().OrderDescending().ToList(),
            NoteCount: notes.Count);
        yield return new Page("search/index.html", SearchPageModel.Layout, "Search", "search", model);
    }
}
