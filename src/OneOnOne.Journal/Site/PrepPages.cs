using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Prep sheets (DESIGN.md, "Meeting types and prep sheets"): the index (<c>/prep/</c>), one printable
/// sheet per meeting type (<c>/prep/&lt;type id&gt;/</c>) and a personalised sheet for the next meeting
/// with each person (<c>/prep/people/&lt;id&gt;/</c>).
/// </summary>
internal static class PrepPages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal);
        var types = journal.MeetingTypes.Select(t => new
        {
            t.Id,
            t.Name,
            t.Purpose,
            Url = $"~/prep/{t.Id}/",
            Duration = t.DurationMinutes is { } d ? $"{d} min" : "",
            t.WhoLeads,
            Held = journal.Notes.Count(n => n.IsPlaced && n.TypeId == t.Id),
        }).ToList();
        var people = journal.People.Select(p => new
        {
            Person = views.Person(p.Id),
            Url = $"~/prep/people/{p.Id}/",
            Type = journal.UsualTypeFor(p.Id).Name,
            NextDue = journal.CadenceFor(p.Id).NextDue is { } n ? Format.Date(n) : "",
        }).ToList();
        yield return new Page("prep/index.html", "prep-index", "Prep sheets", "prep", new { Types = types, People = people });

        foreach (var type in journal.MeetingTypes)
        {
            var model = new
            {
                type.Name,
                type.Purpose,
                Duration = type.DurationMinutes is { } d ? $"{d} minutes" : null,
                type.WhoLeads,
                type.BodyHtml,
                type.SourceUrl,
                SourceTitle = type.SourceTitle ?? type.SourceUrl,
                SourceIsLink = type.SourceUrl?.StartsWith("http", StringComparison.OrdinalIgnoreCase) == true,
                type.SourcePath,
            };
            yield return new Page($"prep/{type.Id}/index.html", "prep", $"Prep: {type.Name}", "prep", model, Printable: true);
        }

        foreach (var person in journal.People)
        {
            if (ReusedPage.Applies(context, $"prep/people/{person.Id}/index.html"))
            {
                yield return ReusedPage.Create($"prep/people/{person.Id}/index.html", "prep-person", "prep");
                continue;
            }

            yield return Personal(journal, views, person);
        }
    }

    private static Page Personal(JournalModel journal, Views views, Person person)
    {
        var today = journal.Today;
        var notes = journal.NotesFor(person.Id).Where(n => n.Date <= today).ToList();
        var last = notes.FirstOrDefault();
        var type = journal.UsualTypeFor(person.Id);
        var cadence = journal.CadenceFor(person.Id);
        var topics = last?.Next ?? [];
        var model = new
        {
            Person = views.Person(person.Id),
            person.Role,
            Relationship = Format.Relationship(person.Relationship),
            NextDue = cadence.NextDue is { } n ? $"{Format.Date(n)} ({Format.Relative(cadence.DaysUntilDue!.Value)})" : "not yet met",
            Type = new
            {
                type.Name,
                Url = $"~/prep/{type.Id}/",
                type.Purpose,
                Duration = type.DurationMinutes is { } d ? $"{d} min" : "",
                Agenda = type.Agenda.Select(a => new { Minutes = a.Minutes is { } m ? $"{m} min" : "", a.Text }).ToList(),
            },
            OpenActions = Views.OrderForDisplay(journal.ActionsFor(person.Id).Where(a => a.IsOpen), today).Select(views.Action).ToList(),
            Goals = journal.GoalsFor(person.Id).Where(g => g.IsInFlight).OrderByDescending(g => g.NeedsHelp).Select(views.Goal).ToList(),
            Topics = topics,
            Last = last is null ? null : new
            {
                Note = views.Note(last),
                Summary = Format.Excerpt(last.Summary, 320),
                Wins = last.Wins,
                Feedback = last.Feedback.Select(f => f.Text).ToList(),
            },
        };
        return new Page($"prep/people/{person.Id}/index.html", "prep-person", $"Prep: next 1:1 with {person.Name}", "prep", model, Printable: true);
    }
}
