using OneOnOne.Journal.Theming;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>Each note's page (<c>/notes/&lt;yyyy&gt;/&lt;slug&gt;/</c>) and, as a separate family, the notes index (<c>/notes/</c>).</summary>
internal static class NotePages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal, context.Session);
        var problems = context.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        var directory = new PersonDirectory(journal.People);
        foreach (var note in journal.Notes)
        {
            if (ReusedPage.Applies(context, note.Permalink + "index.html"))
            {
                yield return ReusedPage.Create(note.Permalink + "index.html", NotePageModel.Layout, "notes");
                continue;
            }

            var timeline = note.With.Count > 0 ? journal.NotesFor(note.With[0]) : [];
            var index = -1;
            for (var i = 0; i < timeline.Count; i++)
            {
                if (ReferenceEquals(timeline[i], note)) // the same note: a record's == compares every field
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
                var point = goal?.History.FirstOrDefault(p => ReferenceEquals(p.Note, note));
                return new NoteGoal(
                    Title: goal?.Title ?? m.Title ?? m.GoalId,
                    Url: goal is null ? null : "~/" + goal.Permalink,
                    Status: point is null ? "" : Format.Status(point.Status),
                    StatusClass: point is null ? "" : Format.StatusClass(point.Status),
                    Progress: point?.Progress,
                    Comment: m.Comment);
            }).ToList();
            var model = new NotePageModel(
                Note: views.Note(note),
                Time: note.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                BodyHtml: Html.Of(TaskTokens.Render(RepeatedTitle.Remove(note.BodyHtml, note.Title, Path.GetFileNameWithoutExtension(note.SourcePath)), journal, directory, views)),
                SourcePath: note.SourcePath,
                Goals: goals,
                Next: note.Next,
                Opened: journal.ActionsOpenedIn(note).Select(views.Action).ToList(),
                Closed: journal.ActionsClosedIn(note).Select(views.Action).ToList(),
                Newer: newer is null ? null : Views.Link(newer),
                Older: older is null ? null : Views.Link(older),
                // errors in the red box; warnings (the note still built whole) in a calm notice of their own
                Problems: problems[note.SourcePath].Where(d => d.Severity == Severity.Error).OrderBy(d => d.Line).Select(d => d.ToString()).ToList(),
                Warnings: problems[note.SourcePath].Where(d => d.Severity != Severity.Error).OrderBy(d => d.Line).Select(d => d.ToString()).ToList(),
                IsPlaced: note.IsPlaced);
            yield return new Page(note.Permalink + "index.html", NotePageModel.Layout, note.Title, "notes", model);
        }
    }

    /// <summary>
    /// The notes index: <c>/notes/</c> lists the years with their counts, and <c>/notes/&lt;yyyy&gt;/</c> lists
    /// one year's notes, newest first (a page per year keeps each page small: 10,000 notes made one 4.5 MB
    /// page). Its own page family, so a preview rebuild writes the saved note's page before it; a year
    /// page whose notes are the same objects as in the previous build, with the same rows, is not
    /// rendered or fingerprinted again.
    /// </summary>
    public static IEnumerable<Page> CreateIndex(JournalModel journal, PipelineContext context)
    {
        var views = new Views(journal, context.Session);
        var years = journal.Notes.Where(n => n.IsPlaced)
            .GroupBy(n => n.Date!.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (Year: g.Key, Notes: g.ToArray()))
            .ToList();
        var yearList = string.Join(",", years.Select(y => y.Year));
        var changes = context.Changes;
        var memo = context.Session?.Get<YearMemo>();
        var sameYears = memo is not null && memo.Years == yearList;
        yield return new Page("notes/index.html", NotesPageModel.Layout, "Notes", "notes", new NotesPageModel(
            Count: journal.Notes.Count,
            Years: years.Select(y => new NotesYear(y.Year, Format.Count(y.Notes.Length, "note"), YearUrl(y.Year))).ToList(),
            // notes without a date belong to no year: listed here, or the count above would name notes no link reaches
            Undated: journal.Notes.Where(n => n.Date is null).OrderBy(n => n.Slug, StringComparer.Ordinal).Select(views.Note).ToList()));

        var rowsByYear = new Dictionary<int, (Note[] Notes, NoteRow[] Rows)>();
        foreach (var (year, notes) in years)
        {
            var destination = YearUrl(year)[2..] + "index.html";
            var rows = notes.Select(views.Note).ToArray();
            if (memo is not null)
            {
                // only preview remembers the rows: a full build would hold every note's row until the last year is written
                rowsByYear[year] = (notes, rows);
            }

            if (changes is { Everything: false } && sameYears && memo!.Rows.TryGetValue(year, out var before) && SameRows(before, notes, rows))
            {
                // preview: the same notes with the same rows as the page already shows
                yield return ReusedPage.Create(destination, NotesYearPageModel.Layout, "notes");
                continue;
            }

            yield return new Page(destination, NotesYearPageModel.Layout, $"Notes in {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "notes", new NotesYearPageModel(
                Year: year,
                Count: Format.Count(notes.Length, "note"),
                Years: years.Select(y => new NotesYearTab(y.Year, YearUrl(y.Year), y.Year == year)).ToList(),
                Notes: rows));
        }

        if (memo is not null)
        {
            memo.Years = yearList;
            memo.Rows = rowsByYear;
        }
    }

    /// <summary>True when a year lists the same note objects as before, each with a row equal to the one shown before (the same object, or the same JSON for the rows of the notes the change affects).</summary>
    private static bool SameRows((Note[] Notes, NoteRow[] Rows) before, Note[] notes, NoteRow[] rows)
    {
        if (!before.Notes.AsSpan().SequenceEqual(notes, ReferenceEqualityComparer.Instance))
        {
            return false;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (!ReferenceEquals(before.Rows[i], rows[i])
                && System.Text.Json.JsonSerializer.Serialize(before.Rows[i], JournalJson.Default.NoteRow) != System.Text.Json.JsonSerializer.Serialize(rows[i], JournalJson.Default.NoteRow))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>~/notes/&lt;yyyy&gt;/</c>.</summary>
    public static string YearUrl(int year) => $"~/notes/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>What the previous preview build listed per year (see <see cref="CreateIndex"/>; a <see cref="SessionState"/> memo).</summary>
    private sealed class YearMemo
    {
        public string? Years { get; set; }

        public Dictionary<int, (Note[] Notes, NoteRow[] Rows)> Rows { get; set; } = [];
    }
}
