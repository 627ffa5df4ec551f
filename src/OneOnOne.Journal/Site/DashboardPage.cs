using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>The dashboard (<c>/</c>): 1:1s due or overdue by cadence, open and overdue actions, goals at risk or stale, recent notes.</summary>
internal static class DashboardPage
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var today = journal.Today;
        var due = journal.People
            .Select(p => (Person: p, Cadence: journal.CadenceFor(p.Id)))
            .Where(x => x.Cadence.State is CadenceState.Overdue or CadenceState.DueSoon)
            .OrderBy(x => x.Cadence.DaysUntilDue)
            .Select(x => new DueRow(
                Person: views.Person(x.Person.Id),
                PrepUrl: $"~/prep/people/{x.Person.Id}/",
                Role: x.Person.Role,
                Cadence: x.Person.Cadence.Label,
                LastMet: x.Cadence.LastMet is { } l ? Format.Date(l) : "never",
                NextDue: x.Cadence.NextDue is { } n ? Format.Date(n) : "",
                When: Format.Relative(x.Cadence.DaysUntilDue ?? 0),
                IsOverdue: x.Cadence.State == CadenceState.Overdue))
            .ToList();
        var open = journal.Actions.Where(a => a.IsOpen).ToList();
        var overdue = open.Where(a => a.IsOverdue(today)).ToList();
        var soon = open.Where(a => !a.IsOverdue(today) && a.Due is { } d && d.DayNumber - today.DayNumber <= 7).ToList();
        var goalsNeedingHelp = journal.Goals
            .Where(g => g.IsInFlight && (g.NeedsHelp || g.IsStale(today, journal.StaleGoalDays)))
            .OrderByDescending(g => g.NeedsHelp)
            .ThenBy(g => g.LastTouched)
            .Select(views.Goal)
            .ToList();
        var recent = journal.Notes.Where(n => n.IsPlaced && n.Date <= today).Take(8).Select(views.Note).ToList();
        var neverMet = journal.People.Where(p => journal.CadenceFor(p.Id).State == CadenceState.NotMetYet).Select(p => views.Person(p.Id)).ToList();
        var reviewYear = ReviewYear.Containing(today, context.Settings.ReviewYearStart);
        var model = new DashboardPageModel(
            Title: journal.Title,
            Today: Format.Date(today),
            Due: due,
            HasDue: due.Count > 0,
            NeverMet: neverMet,
            Overdue: Views.OrderForDisplay(overdue, today).Select(views.Action).ToList(),
            DueSoon: Views.OrderForDisplay(soon, today).Select(views.Action).ToList(),
            OpenCount: open.Count,
            OverdueCount: overdue.Count,
            Goals: goalsNeedingHelp,
            Recent: recent,
            Stats: new DashboardStats(
                People: journal.People.Count,
                Notes: journal.Notes.Count(n => n.IsPlaced),
                GoalsInFlight: journal.Goals.Count(g => g.IsInFlight),
                OpenActions: open.Count),
            Review: new DashboardReview(
                Year: reviewYear.Year,
                Label: reviewYear.Label,
                Url: ReviewPages.YearUrl(reviewYear),
                Exists: ReviewBuilder.YearsWithMeetings(journal, context.Settings.ReviewYearStart).Contains(reviewYear)),
            // infos (files that are not 1:1 notes) are not problems
            Attention: context.Diagnostics.Count(d => d.Severity != Severity.Info),
            HasAttention: context.Diagnostics.Any(d => d.Severity != Severity.Info));
        yield return new Page("index.html", DashboardPageModel.Layout, "Dashboard", "dashboard", model);
    }

    private static bool IsEmpty<T>(this IReadOnlyCollection<T> items) => items.Count == 0;
}
