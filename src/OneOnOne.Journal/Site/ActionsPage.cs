using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>Open and overdue action items (<c>/actions/</c>), by person, with the recently closed ones.</summary>
internal static class ActionsPage
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var today = journal.Today;
        var open = journal.Actions.Where(a => a.IsOpen).ToList();
        var closed = journal.Actions.Where(a => !a.IsOpen).OrderByDescending(a => a.ClosedAt).Take(30).ToList();
        var model = new ActionsPageModel(
            OpenCount: open.Count,
            OverdueCount: open.Count(a => a.IsOverdue(today)),
            Overdue: Views.OrderForDisplay(open.Where(a => a.IsOverdue(today)), today).Select(views.Action).ToList(),
            Open: Views.OrderForDisplay(open.Where(a => !a.IsOverdue(today)), today).Select(views.Action).ToList(),
            Mine: Views.OrderForDisplay(open.Where(a => a.Owner == "me"), today).Select(views.Action).ToList(),
            Closed: closed.Select(views.Action).ToList(),
            Owner: journal.Owner);
        yield return new Page("actions/index.html", ActionsPageModel.Layout, "Action items", "actions", model);
    }
}
