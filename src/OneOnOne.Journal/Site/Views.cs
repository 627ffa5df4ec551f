using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>A link to a person.</summary>
internal sealed record PersonRef(string Name, string Url);

/// <summary>A note in lists and timelines.</summary>
internal sealed record NoteRow(
    string Url,
    string Title,
    string Iso,
    string DateText,
    string TypeName,
    string TypeUrl,
    IReadOnlyList<PersonRef> People,
    int? Mood,
    string MoodText,
    bool IsPrivate,
    IReadOnlyList<GoalTouch> Goals,
    int Opened,
    int Closed,
    string Excerpt,
    IReadOnlyList<string> Tags);

/// <summary>A goal as touched by one note.</summary>
internal sealed record GoalTouch(string Title, string Url, string Status, string StatusClass, int? Progress)
{
    public bool HasProgress => Progress is not null;
}

/// <summary>An action item in tables.</summary>
internal sealed record ActionRow(
    string Text,
    string Owner,
    string Due,
    string DueIso,
    bool IsOverdue,
    bool IsOpen,
    string OpenedOn,
    string OpenedUrl,
    string OpenedTitle,
    string ClosedOn,
    string ClosedUrl,
    IReadOnlyList<PersonRef> People,
    int Meetings,
    string State);

/// <summary>A goal in tables.</summary>
internal sealed record GoalRow(
    string Title,
    string Url,
    string PersonName,
    string PersonUrl,
    string Status,
    string StatusClass,
    int? Progress,
    string Horizon,
    string Started,
    string LastTouched,
    bool IsStale,
    bool InFlight,
    string? LastComment)
{
    public bool HasProgress => Progress is not null;
}

/// <summary>Builds the rows that several pages share.</summary>
internal sealed class Views(JournalModel journal, Engine.DocumentCache? cache = null)
{
    public JournalModel Journal => journal;

    public static string NoteUrl(Note note) => "~/" + note.Permalink;

    public static string PersonUrl(string id) => $"~/people/{id}/";

    public PersonRef Person(string id) => new(journal.NameOf(id), PersonUrl(id));

    public string TypeName(string typeId) => journal.TypeById.TryGetValue(typeId, out var t) ? t.Name : typeId;

    public NoteRow Note(Note note)
    {
        if (cache is null)
        {
            return CreateNote(note);
        }

        // in an incremental rebuild, rows of notes whose people the change does not affect are reused
        if (cache.TryGetRow(note, out var row) && row is NoteRow reused)
        {
            return reused;
        }

        var created = CreateNote(note);
        cache.SetRow(note, created);
        return created;
    }

    private NoteRow CreateNote(Note note)
    {
        var goals = note.Goals
            .Select(m => journal.GoalsFor(m.PersonId).FirstOrDefault(g => g.Id == m.GoalId))
            .OfType<Goal>()
            .Distinct()
            .Select(g =>
            {
                var point = g.History.LastOrDefault(p => p.Note == note) ?? g.History[^1];
                return new GoalTouch(g.Title, "~/" + g.Permalink, Format.Status(point.Status), Format.StatusClass(point.Status), point.Progress);
            })
            .ToList();
        return new NoteRow(
            NoteUrl(note),
            note.Title,
            note.Date is { } d ? Format.Iso(d) : "",
            note.Date is { } d2 ? Format.Date(d2) : "no date",
            TypeName(note.TypeId),
            $"~/prep/{note.TypeId}/",
            [.. note.With.Select(Person)],
            note.Mood,
            Format.Mood(note.Mood),
            note.IsPrivate,
            goals,
            journal.ActionsOpenedIn(note).Count,
            journal.ActionsClosedIn(note).Count,
            Format.Excerpt(note.Summary),
            note.Tags);
    }

    public ActionRow Action(ActionItem a)
    {
        var today = journal.Today;
        var overdue = a.IsOverdue(today);
        var state = a.IsOpen
            ? overdue ? $"Overdue by {Format.Count(today.DayNumber - a.Due!.Value.DayNumber, "day")}" : "Open"
            : a.ClosedOnTime == false ? "Closed late" : "Closed";
        return new ActionRow(
            a.Text,
            a.Owner is null ? "" : journal.NameOf(a.Owner),
            a.Due is { } due ? Format.Date(due) : "",
            a.Due is { } due2 ? Format.Iso(due2) : "",
            overdue,
            a.IsOpen,
            Format.Date(a.OpenedOn),
            NoteUrl(a.OpenedIn),
            a.OpenedIn.Title,
            a.ClosedOn is { } c ? Format.Date(c) : "",
            a.ClosedIn is { } n ? NoteUrl(n) : "",
            [.. a.People.Select(Person)],
            a.Mentions.Count,
            state);
    }

    public GoalRow Goal(Goal g) => new(
        g.Title,
        "~/" + g.Permalink,
        journal.NameOf(g.PersonId),
        PersonUrl(g.PersonId),
        Format.Status(g.Status),
        Format.StatusClass(g.Status),
        g.Progress,
        g.Horizon is { } h ? Enums.ToJournal(h) : "",
        Format.Date(g.StartedOn),
        Format.Date(g.LastTouched),
        g.IsStale(journal.Today, journal.StaleGoalDays),
        g.IsInFlight,
        g.History[^1].Comment);

    /// <summary>Open actions first (overdue first, then by due date), then closed ones newest first.</summary>
    public static IEnumerable<ActionItem> OrderForDisplay(IEnumerable<ActionItem> actions, DateOnly today) =>
        actions.OrderByDescending(a => a.IsOpen)
            .ThenByDescending(a => a.IsOverdue(today))
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenByDescending(a => a.ClosedOn ?? DateOnly.MinValue)
            .ThenBy(a => a.OpenedIn.SortKey, NoteOrder.Instance);
}
