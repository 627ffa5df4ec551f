using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Site;

/// <summary>Each note's page (<c>/notes/&lt;yyyy&gt;/&lt;slug&gt;/</c>) and the notes index (<c>/notes/</c>).</summary>
internal static class NotePages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal, context.Cache);
        var problems = context.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        foreach (var note in journal.Notes)
        {
            if (ReusedPage.Applies(context, note.Permalink + "index.html"))
            {
                yield return ReusedPage.Create(note.Permalink + "index.html", "note", "notes");
                continue;
            }

            var timeline = note.With.Count > 0 ? journal.NotesFor(note.With[0]) : [];
            var index = -1;
            for (var i = 0; i < timeline.Count; i++)
            {
                if (timeline[i] == note)
                {
                    index = i;
                    break;
                }
            }

            var newer = index > 0 ? timeline[index - 1] : null;
            var older = index >= 0 && index + 1 < timeline.Count ? timeline[index + 1] : null;
            var goals = note.Goals.Select(m =>
            {
                var goal = journal.GoalsFor(m.PersonId).FirstOrDefault(g => g.Id == m.GoalId);
                var point = goal?.History.FirstOrDefault(p => p.Note == note);
                return new
                {
                    Title = goal?.Title ?? m.Title ?? m.GoalId,
                    Url = goal is null ? null : "~/" + goal.Permalink,
                    Status = point is null ? "" : Format.Status(point.Status),
                    StatusClass = point is null ? "" : Format.StatusClass(point.Status),
                    Progress = point?.Progress,
                    m.Comment,
                };
            }).ToList();
            var model = new
            {
                Note = views.Note(note),
                Time = note.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                note.BodyHtml,
                note.SourcePath,
                Goals = goals,
                Next = note.Next,
                Opened = journal.ActionsOpenedIn(note).Select(views.Action).ToList(),
                Closed = journal.ActionsClosedIn(note).Select(views.Action).ToList(),
                Newer = newer is null ? null : Views.Link(newer),
                Older = older is null ? null : Views.Link(older),
                Problems = problems[note.SourcePath].OrderBy(d => d.Line).Select(d => d.ToString()).ToList(),
                note.IsPlaced,
            };
            yield return new Page(note.Permalink + "index.html", "note", note.Title, "notes", model);
        }

        var years = journal.Notes.Where(n => n.IsPlaced)
            .GroupBy(n => n.Date!.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new { Year = g.Key, Count = Format.Count(g.Count(), "note"), Notes = g.Select(views.Note).ToList() })
            .ToList();
        yield return new Page("notes/index.html", "notes", "Notes", "notes", new { Years = years, Count = journal.Notes.Count });
    }
}
