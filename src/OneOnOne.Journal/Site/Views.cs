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

/// <summary>A link to a note with its date (the pager of a note page).</summary>
internal sealed record NoteLink(string Url, string Title, string DateText);

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
/// <param name="journal">The journal the rows show.</param>
/// <param name="session">In preview, the session whose <see cref="NoteRows"/> keep the rows of unaffected notes; null otherwise.</param>
internal sealed class Views(JournalModel journal, Engine.SessionState? session = null)
{
    private readonly NoteRows? _rows = session?.Get<NoteRows>();

    public JournalModel Journal => journal;

    public static string NoteUrl(Note note) => "~/" + note.Permalink;

    public static string PersonUrl(string id) => $"~/people/{id}/";

    /// <summary>A link to a note: what a pager shows, without the whole row (<see cref="Note(Domain.Note)"/>).</summary>
    public static NoteLink Link(Note note) => new(NoteUrl(note), note.Title, note.Date is { } d ? Format.Date(d) : "no date");

    // rows of many notes name the same few people and meeting types: one link object, one URL each
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PersonRef> _people = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _typeUrls = new(StringComparer.Ordinal);

    public PersonRef Person(string id) => _people.GetOrAdd(id, static (id, journal) => new(journal.NameOf(id), PersonUrl(id)), journal);

    public string TypeName(string typeId) => journal.TypeById.TryGetValue(typeId, out var t) ? t.Name : typeId;

    private string TypeUrl(string typeId) => _typeUrls.GetOrAdd(typeId, static id => $"~/prep/{id}/");

    public NoteRow Note(Note note)
    {
        if (_rows is null)
        {
            return CreateNote(note);
        }

        // in an incremental rebuild, rows of notes whose people the change does not affect are reused
        if (_rows.TryGet(note, session!.Changes, out var row) && row is { } reused)
        {
            return reused;
        }

        var created = CreateNote(note);
        _rows.Set(note, created);
        return created;
    }

    private NoteRow CreateNote(Note note)
    {
        var goals = note.Goals.Count == 0 ? [] : Touches(note);
        return new NoteRow(
            NoteUrl(note),
            note.Title,
            note.Date is { } d ? Format.Iso(d) : "",
            note.Date is { } d2 ? Format.Date(d2) : "no date",
            TypeName(note.TypeId),
            TypeUrl(note.TypeId),
            People(note.With),
            note.Mood,
            Format.Mood(note.Mood),
            note.IsPrivate,
            goals,
            journal.ActionsOpenedIn(note).Count,
            journal.ActionsClosedIn(note).Count,
            Format.Excerpt(note.Summary),
            note.Tags);
    }

    /// <summary>The goals a note touched (each once, in the order of the note's mentions) with their state after it.</summary>
    private List<GoalTouch> Touches(Note note)
    {
        var goals = new List<Goal>(note.Goals.Count);
        foreach (var m in note.Goals)
        {
            foreach (var g in journal.GoalsFor(m.PersonId))
            {
                if (g.Id == m.GoalId)
                {
                    if (!goals.Contains(g))
                    {
                        goals.Add(g);
                    }

                    break;
                }
            }
        }

        var touches = new List<GoalTouch>(goals.Count);
        foreach (var g in goals)
        {
            var point = g.History[^1];
            for (var i = g.History.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(g.History[i].Note, note)) // the same note: a record's == compares every field
                {
                    point = g.History[i];
                    break;
                }
            }

            touches.Add(new GoalTouch(g.Title, "~/" + g.Permalink, Format.Status(point.Status), Format.StatusClass(point.Status), point.Progress));
        }

        return touches;
    }

    private PersonRef[] People(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var people = new PersonRef[ids.Count];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = Person(ids[i]);
        }

        return people;
    }

    public ActionRow Action(ActionItem a)
    {
        var today = journal.Today;
        var overdue = a.IsOverdue(today);
        var state = a.IsOpen
            ? overdue ? $"Overdue by {Format.Count(today.DayNumber - a.Due!.Value.DayNumber, "day")}" : "Open"
            : a.Timing switch { ClosedTiming.Late => "Closed late", ClosedTiming.ByNextMeeting => "Closed by the next 1:1", _ => "Closed" };
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
            a.ClosedOn is { } c ? Format.Date(c) : a.ClosedBy is { } by ? $"by {Format.Date(by)}" : "",
            a.ClosedIn is { } n ? NoteUrl(n) : "",
            People(a.People),
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
            .ThenByDescending(a => a.ClosedAt ?? DateOnly.MinValue)
            .ThenBy(a => a.OpenedIn.SortKey, NoteOrder.Instance);
}
