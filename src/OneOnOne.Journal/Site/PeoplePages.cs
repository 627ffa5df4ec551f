using OneOnOne.Journal.Theming;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>The people index (<c>/people/</c>) and each person's timeline (<c>/people/&lt;id&gt;/</c>).</summary>
internal static class PeoplePages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var rows = journal.People.Select(p => Summary(journal, views, p)).ToList();
        // former colleagues (until: in the past) leave their relationship's group for one "Former" group at the end
        var groups = journal.People
            .Where(p => !p.IsFormer(journal.Today))
            .GroupBy(p => p.Relationship)
            .OrderBy(g => g.Key)
            .Select(g => new PeopleGroup(Format.Relationship(g.Key), g.Select(p => Summary(journal, views, p)).ToList()))
            .ToList();
        var former = journal.People.Where(p => p.IsFormer(journal.Today)).Select(p => Summary(journal, views, p)).ToList();
        if (former.Count > 0)
        {
            groups.Add(new PeopleGroup("Former", former));
        }

        yield return new Page("people/index.html", PeoplePageModel.Layout, "People", "people", new PeoplePageModel(rows, groups, rows.Count));

        // a timeline reads every note, action item and goal of its person: made on every core (ParallelPages), as the page
        // stream's one thread made them at half the machine (docs/benchmarks.md, "Fifth figures")
        foreach (var page in ParallelPages.Make(journal.People, person => ReusedPage.Applies(context, $"people/{person.Id}/index.html")
                     ? ReusedPage.Create($"people/{person.Id}/index.html", PersonPageModel.Layout, "people")
                     : Timeline(journal, views, person, ReviewPages.LinksFor(journal, context.Settings.ReviewYearStart, person.Id))))
        {
            yield return page;
        }
    }

    private static PersonSummary Summary(JournalModel journal, Views views, Person p)
    {
        var cadence = journal.CadenceFor(p.Id);
        return new PersonSummary(
            Name: p.Name,
            Url: Views.PersonUrl(p.Id),
            Role: p.Role,
            Relationship: Format.Relationship(p.Relationship),
            Cadence: p.Cadence.Label,
            Meetings: cadence.Meetings,
            LastMet: cadence.LastMet is { } l ? Format.Date(l) : "never",
            LastMetIso: cadence.LastMet is { } l2 ? Format.Iso(l2) : "",
            NextDue: cadence.NextDue is { } n ? Format.Relative(cadence.DaysUntilDue!.Value) : cadence.State == CadenceState.Ended ? $"none, ended {Format.Date(p.Until!.Value)}" : "",
            IsOverdue: cadence.State == CadenceState.Overdue,
            Kept: cadence.KeptPercent is { } k ? $"{k}%" : "–",
            OpenActions: journal.ActionsFor(p.Id).Count(a => a.IsOpen),
            GoalsInFlight: journal.GoalsFor(p.Id).Count(g => g.IsInFlight));
    }

    private static Page Timeline(JournalModel journal, Views views, Person person, IReadOnlyList<PersonReviewLink> reviews)
    {
        var notes = journal.NotesFor(person.Id);
        var cadence = journal.CadenceFor(person.Id);
        var today = journal.Today;
        var entries = new List<TimelineEntry>();
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var previous = i + 1 < notes.Count ? notes[i + 1] : null;
            int? gap = previous is null ? null : note.Date!.Value.DayNumber - previous.Date!.Value.DayNumber;
            entries.Add(new TimelineEntry(
                Note: views.Note(note),
                Gap: gap is { } g ? Format.Count(g, "day") : "",
                GapKept: gap is null || gap == 0 || gap <= person.Cadence.Days + person.Cadence.GraceDays,
                HasGap: gap is > 0,
                Opened: journal.ActionsOpenedIn(note).Where(a => a.People.Contains(person.Id)).Select(a => a.Text).ToList(),
                Closed: journal.ActionsClosedIn(note).Where(a => a.People.Contains(person.Id)).Select(a => a.Text).ToList()));
        }

        var actions = journal.ActionsFor(person.Id);
        var model = new PersonPageModel(
            Name: person.Name,
            Id: person.Id,
            Role: person.Role,
            Relationship: Format.Relationship(person.Relationship),
            Since: person.Since is { } s ? Format.Date(s) : null,
            Until: person.Until is { } u ? Format.Date(u) : null,
            IsFormer: person.IsFormer(today),
            Aliases: string.Join(", ", person.Aliases),
            AboutHtml: Html.Of(person.AboutHtml),
            Cadence: new PersonCadence(
                Label: person.Cadence.Label,
                Meetings: cadence.Meetings,
                Kept: cadence.KeptPercent is { } k ? $"{k}%" : "–",
                Gaps: cadence.Gaps.Count,
                GapsKept: cadence.GapsKept,
                Longest: cadence.LongestGap is { } lg ? Format.Count(lg, "day") : "–",
                LastMet: cadence.LastMet is { } l ? Format.Date(l) : "never",
                NextDue: cadence.NextDue is { } n ? $"{Format.Date(n)} ({Format.Relative(cadence.DaysUntilDue!.Value)})" : cadence.State == CadenceState.Ended ? "none: the relationship has ended" : "after the first meeting",
                IsOverdue: cadence.State == CadenceState.Overdue),
            UsualType: views.TypeName(journal.UsualTypeFor(person.Id).Id),
            PrepUrl: $"~/prep/people/{person.Id}/",
            Reviews: reviews,
            Mood: Html.Of(Charts.MoodSparkline([.. notes.Reverse()], person.Name)),
            OpenActions: Views.OrderForDisplay(actions.Where(a => a.IsOpen), today).Select(views.Action).ToList(),
            Goals: journal.GoalsFor(person.Id).OrderByDescending(g => g.IsInFlight).ThenByDescending(g => g.LastTouched).Select(views.Goal).ToList(),
            Timeline: entries,
            NoteCount: Format.Count(notes.Count, "meeting"),
            SourcePath: person.SourcePath);
        return new Page($"people/{person.Id}/index.html", PersonPageModel.Layout, person.Name, "people", model);
    }
}
