using OneOnOne.Journal.Theming;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>The goals index (<c>/goals/</c>) and each goal's page (<c>/goals/&lt;person id&gt;/&lt;goal id&gt;/</c>) with its history and progress chart.</summary>
internal static class GoalPages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var byPerson = journal.Goals
            .GroupBy(g => g.PersonId)
            .OrderBy(g => journal.NameOf(g.Key), StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new GoalsOfPerson(
                Person: views.Person(g.Key),
                InFlight: g.Where(x => x.IsInFlight).OrderByDescending(x => x.NeedsHelp).ThenByDescending(x => x.LastTouched).Select(views.Goal).ToList(),
                Finished: g.Where(x => !x.IsInFlight).OrderByDescending(x => x.LastTouched).Select(views.Goal).ToList(),
                FinishedCount: g.Count(x => !x.IsInFlight))) // a count the layout can print as it is (Handlebars.Net could not count a list; Scriban could, with array.size)
            .ToList();
        var model = new GoalsPageModel(
            People: byPerson,
            InFlight: journal.Goals.Count(g => g.IsInFlight),
            Done: journal.Goals.Count(g => g.Status == GoalStatus.Done),
            AtRisk: journal.Goals.Count(g => g.IsInFlight && g.NeedsHelp),
            Stale: journal.Goals.Count(g => g.IsStale(journal.Today, journal.StaleGoalDays)));
        yield return new Page("goals/index.html", GoalsPageModel.Layout, "Goals", "goals", model);

        foreach (var goal in journal.Goals)
        {
            if (ReusedPage.Applies(context, goal.Permalink + "index.html"))
            {
                yield return ReusedPage.Create(goal.Permalink + "index.html", GoalPageModel.Layout, "goals");
                continue;
            }

            var history = goal.History.Select((p, i) => new GoalHistoryRow(
                Iso: Format.Iso(p.Date),
                Date: Format.Date(p.Date),
                NoteUrl: Views.NoteUrl(p.Note),
                NoteTitle: p.Note.Title,
                Status: Format.Status(p.Status),
                StatusClass: Format.StatusClass(p.Status),
                Progress: p.Progress,
                Comment: p.Comment,
                Changed: i == 0 || goal.History[i - 1].Status != p.Status)).Reverse().ToList();
            var page = new GoalPageModel(
                Goal: views.Goal(goal),
                Chart: Html.Of(Charts.Progress(goal)),
                Reached: goal.ReachedOn is { } r ? Format.Date(r) : null,
                Mentions: Format.Count(goal.History.Count, "meeting"),
                History: history);
            yield return new Page(goal.Permalink + "index.html", GoalPageModel.Layout, goal.Title, "goals", page);
        }
    }
}
