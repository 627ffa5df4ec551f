using OneOnOne.Journal.Theming;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Prep sheets (DESIGN.md, "Meeting types and prep sheets"): the index (<c>/prep/</c>), one printable
/// sheet per meeting type (<c>/prep/&lt;type id&gt;/</c>) and a personalised sheet for the next meeting
/// with each person (<c>/prep/people/&lt;id&gt;/</c>). A type's sheet shows every side of the table, the
/// owner's usual side (<c>settings.yml</c> <c>role:</c>) first, one printed page per side; a person's sheet
/// shows only the side their relationship puts the owner on (<see cref="MeetingSides.For"/>; issue #16).
/// </summary>
internal static class PrepPages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var types = journal.MeetingTypes.Select(t => new PrepTypeRow(
            Id: t.Id,
            Name: t.Name,
            Purpose: t.Purpose,
            Url: $"~/prep/{t.Id}/",
            Duration: t.DurationMinutes is { } d ? $"{d} min" : "",
            WhoLeads: t.WhoLeads,
            Held: journal.Notes.Count(n => n.IsPlaced && n.TypeId == t.Id))).ToList();
        // the next 1:1 to prepare for first: by due date, so the overdue ones lead; people not met yet last, by name
        var people = journal.People
            .Select(p => (Person: p, Cadence: journal.CadenceFor(p.Id)))
            .OrderBy(x => x.Cadence.NextDue is null)
            .ThenBy(x => x.Cadence.NextDue)
            .Select(x => new PrepPersonRow(
                Person: views.Person(x.Person.Id),
                Url: $"~/prep/people/{x.Person.Id}/",
                Type: journal.UsualTypeFor(x.Person.Id).Name,
                Side: journal.UsualTypeFor(x.Person.Id).SidesFor(MeetingSides.For(x.Person.Relationship)) is [{ Label.Length: > 0 } only] ? char.ToLowerInvariant(only.Label[0]) + only.Label[1..] : "",
                NextDue: x.Cadence.NextDue is { } n ? Format.Date(n) : "",
                IsOverdue: x.Cadence.State == CadenceState.Overdue,
                Overdue: x.Cadence.DaysUntilDue is { } days && days < 0 ? Format.Count(-days, "day") + " overdue" : "")).ToList();
        yield return new Page("prep/index.html", PrepIndexPageModel.Layout, "Prep sheets", "prep", new PrepIndexPageModel(types, people));

        var role = context.Settings.Role;
        var order = MeetingSides.Order(role);
        foreach (var type in journal.MeetingTypes)
        {
            var sides = type.SidesInOrder(order);
            var model = new PrepPageModel(
                Name: type.Name,
                Purpose: type.Purpose,
                Duration: type.DurationMinutes is { } d ? $"{d} minutes" : null,
                WhoLeads: type.WhoLeads,
                BodyHtml: Html.Of(type.BodyHtml),
                IntroHtml: Html.Of(type.IntroHtml),
                HasSides: type.Sides.Count > 0,
                OrderNote: type.Sides.Count > 1 ? OrderNote(role, sides[0]) : null,
                Sides: sides.Where(_ => type.Sides.Count > 0).Select(s => new PrepSide(s.Label, SideClass(s.Side), s.Purpose, Html.Of(s.BodyHtml))).ToList(),
                SourceUrl: type.SourceUrl,
                SourceTitle: type.SourceTitle ?? type.SourceUrl,
                SourceIsLink: type.SourceUrl?.StartsWith("http", StringComparison.OrdinalIgnoreCase) == true,
                SourcePath: type.SourcePath);
            yield return new Page($"prep/{type.Id}/index.html", PrepPageModel.Layout, $"Prep: {type.Name}", "prep", model, Printable: true);
        }

        // each sheet reads every note of its person for the queued topics: made on every core (ParallelPages)
        foreach (var page in ParallelPages.Make(journal.People, person => ReusedPage.Applies(context, $"prep/people/{person.Id}/index.html")
                     ? ReusedPage.Create($"prep/people/{person.Id}/index.html", PrepPersonPageModel.Layout, "prep")
                     : Personal(journal, views, person)))
        {
            yield return page;
        }
    }

    private static Page Personal(JournalModel journal, Views views, Person person)
    {
        var today = journal.Today;
        var notes = journal.NotesFor(person.Id).Where(n => n.Date <= today).ToList();
        var last = notes.FirstOrDefault();
        var type = journal.UsualTypeFor(person.Id);
        var guides = type.SidesFor(MeetingSides.For(person.Relationship));
        var cadence = journal.CadenceFor(person.Id);
        var topics = TopicQueue.Pending(notes, today); // every topic still queued, not only the last note's
        var model = new PrepPersonPageModel(
            Person: views.Person(person.Id),
            Role: person.Role,
            Relationship: Format.Relationship(person.Relationship),
            NextDue: cadence.NextDue is { } n ? $"{Format.Date(n)} ({Format.Relative(cadence.DaysUntilDue!.Value)})" : cadence.State == CadenceState.Ended ? "never (the relationship ended)" : "not yet met",
            Type: new PrepMeetingType(
                Name: type.Name,
                Url: $"~/prep/{type.Id}/",
                Purpose: guides[0].Purpose,
                Duration: type.DurationMinutes is { } d ? $"{d} min" : "",
                Agenda: guides[0].Agenda.Select(a => new PrepAgendaItem(a.Minutes is { } m ? $"{m} min" : "", a.Text)).ToList()),
            Guides: guides.Where(g => g.GuideHtml.Length > 0).Select((g, i) => new PrepGuide(
                Label: g.Label.Length > 0 ? g.Label : "How to prepare",
                Class: g.Label.Length > 0 ? SideClass(g.Side) : "side-any",
                Id: $"guide-{i}-h",
                GuideHtml: Html.Of(g.GuideHtml))).ToList(),
            SideLabel: guides.Count == 1 ? guides[0].Label : "",
            OpenActions: Views.OrderForDisplay(journal.ActionsFor(person.Id).Where(a => a.IsOpen), today).Select(views.Action).ToList(),
            Goals: journal.GoalsFor(person.Id).Where(g => g.IsInFlight).OrderByDescending(g => g.NeedsHelp).Select(views.Goal).ToList(),
            Topics: topics,
            Last: last is null ? null : new PrepLastMeeting(
                Note: views.Note(last),
                Summary: Format.Excerpt(last.Summary, 320),
                Wins: last.Wins,
                Feedback: last.Feedback.Select(f => f.Text).ToList()));
        return new Page($"prep/people/{person.Id}/index.html", PrepPersonPageModel.Layout, $"Prep: next 1:1 with {person.Name}", "prep", model, Printable: true);
    }

    /// <summary>The CSS class of a side's section: <c>side-lead</c>, <c>side-attend</c>, <c>side-neutral</c>.</summary>
    private static string SideClass(MeetingSide side) => "side-" + Enums.ToJournal(side);

    /// <summary>Why the sheet starts with the side it starts with, for the reader (shown on screen only).</summary>
    private static string OrderNote(OwnerRole role, MeetingTypeSide first) => role switch
    {
        OwnerRole.Both => $"Every side of the table is here; \u201c{first.Label}\u201d comes first (set role: manager or role: report in settings.yml to choose).",
        _ => $"Every side of the table is here; \u201c{first.Label}\u201d comes first, as role: {Enums.ToJournal(role)} in settings.yml asks.",
    };
}
