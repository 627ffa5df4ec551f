namespace OneOnOne.Journal.Domain;

/// <summary>
/// The whole journal model, computed once per build by <see cref="JournalBuilder"/>: people, notes,
/// goals, action items, meeting types and cadence, with the lookups the pages need. Immutable.
/// </summary>
public sealed class JournalModel
{
    private readonly Dictionary<string, IReadOnlyList<Note>> _notesByPerson;
    private readonly Dictionary<string, List<Goal>> _goalsByPerson;
    private readonly Dictionary<string, List<ActionItem>> _actionsByPerson;
    private static readonly IEqualityComparer<Note> ByReference = ReferenceEqualityComparer.Instance;

    // keyed by reference: hashing a note record would hash its whole text on every lookup
    private readonly Dictionary<Note, List<ActionItem>> _openedIn;
    private readonly Dictionary<Note, List<ActionItem>> _closedIn;
    private readonly Dictionary<string, CadenceReport> _cadence;

    internal JournalModel(
        string title,
        string owner,
        DateOnly today,
        int staleGoalDays,
        IReadOnlyList<Person> people,
        IReadOnlyList<Note> notes,
        IReadOnlyList<MeetingType> meetingTypes,
        IReadOnlyList<Goal> goals,
        IReadOnlyList<ActionItem> actions)
    {
        Title = title;
        Owner = owner;
        Today = today;
        StaleGoalDays = staleGoalDays;
        People = people;
        PersonById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Notes = notes;
        MeetingTypes = meetingTypes;
        TypeById = meetingTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Goals = goals;
        Actions = actions;

        // plain loops (same contents and order as grouping): preview rebuilds this model on every save
        _notesByPerson = new Dictionary<string, IReadOnlyList<Note>>(people.Count, StringComparer.Ordinal);
        foreach (var p in people)
        {
            _notesByPerson[p.Id] = [];
        }

        var notesByPerson = new Dictionary<string, List<Note>>(StringComparer.Ordinal);
        foreach (var n in notes)
        {
            if (n.IsPlaced)
            {
                foreach (var id in n.With)
                {
                    Add(notesByPerson, id, n);
                }
            }
        }

        foreach (var (id, list) in notesByPerson)
        {
            _notesByPerson[id] = list;
        }

        var goalsByPerson = new Dictionary<string, List<Goal>>(StringComparer.Ordinal);
        foreach (var g in goals)
        {
            Add(goalsByPerson, g.PersonId, g);
        }

        _goalsByPerson = goalsByPerson;
        var actionsByPerson = new Dictionary<string, List<ActionItem>>(StringComparer.Ordinal);
        var openedIn = new Dictionary<Note, List<ActionItem>>(ByReference);
        var closedIn = new Dictionary<Note, List<ActionItem>>(ByReference);
        foreach (var a in actions)
        {
            foreach (var p in a.People)
            {
                Add(actionsByPerson, p, a);
            }

            Add(openedIn, a.OpenedIn, a);
            if (a.ClosedIn is { } closedNote)
            {
                Add(closedIn, closedNote, a);
            }
        }

        _actionsByPerson = actionsByPerson;
        _openedIn = openedIn;
        _closedIn = closedIn;
        _cadence = people.ToDictionary(
            p => p.Id,
            p => CadenceReport.Compute(p.Cadence, NotesFor(p.Id).Select(n => n.Date!.Value), today, p.Until),
            StringComparer.Ordinal);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>The site title (settings <c>title</c>).</summary>
    public string Title { get; }

    /// <summary>The journal owner's name (settings <c>owner</c>); <c>@me</c> in notes.</summary>
    public string Owner { get; }

    /// <summary>Today's date in the journal's time zone: the reference for overdue and stale.</summary>
    public DateOnly Today { get; }

    /// <summary>Days without a mention after which an in-flight goal counts as stale.</summary>
    public int StaleGoalDays { get; }

    /// <summary>Everyone, ordered by name.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>People by id.</summary>
    public IReadOnlyDictionary<string, Person> PersonById { get; }

    /// <summary>Every note, newest first, including those that could not be placed.</summary>
    public IReadOnlyList<Note> Notes { get; }

    /// <summary>Meeting types ordered as the theme lists them.</summary>
    public IReadOnlyList<MeetingType> MeetingTypes { get; }

    /// <summary>Meeting types by id.</summary>
    public IReadOnlyDictionary<string, MeetingType> TypeById { get; }

    /// <summary>Every goal.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>Every action item, ordered by opening date.</summary>
    public IReadOnlyList<ActionItem> Actions { get; }

    /// <summary>The placed notes with a person, newest first (empty for an unknown id).</summary>
    public IReadOnlyList<Note> NotesFor(string personId) =>
        _notesByPerson.TryGetValue(personId, out var notes) ? notes : [];

    /// <summary>A person's goals, ordered by start date.</summary>
    public IReadOnlyList<Goal> GoalsFor(string personId) =>
        _goalsByPerson.TryGetValue(personId, out var goals) ? goals : [];

    /// <summary>The action items shared with a person, ordered by opening date.</summary>
    public IReadOnlyList<ActionItem> ActionsFor(string personId) =>
        _actionsByPerson.TryGetValue(personId, out var actions) ? actions : [];

    /// <summary>Action items a note opened.</summary>
    public IReadOnlyList<ActionItem> ActionsOpenedIn(Note note) => _openedIn.TryGetValue(note, out var a) ? a : [];

    /// <summary>Action items a note closed (including those opened and closed in it).</summary>
    public IReadOnlyList<ActionItem> ActionsClosedIn(Note note) => _closedIn.TryGetValue(note, out var a) ? a : [];

    /// <summary>The cadence report of a person; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public CadenceReport CadenceFor(string personId) => _cadence[personId];

    /// <summary>
    /// The meeting type usually held with a person: the person file's <c>type:</c> when it names a known
    /// type, else the most frequent type of their notes (the latest on ties), else <c>regular</c>.
    /// </summary>
    public MeetingType UsualTypeFor(string personId)
    {
        if (PersonById.TryGetValue(personId, out var person) && person.UsualType is { } id && TypeById.TryGetValue(id, out var given))
        {
            return given;
        }

        var notes = NotesFor(personId);
        var best = notes
            .GroupBy(n => n.TypeId)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(n => n.SortKey))
            .Select(g => g.Key)
            .FirstOrDefault(TypeById.ContainsKey);
        return TypeById.TryGetValue(best ?? MeetingType.DefaultId, out var type) ? type : MeetingTypes[0];
    }

    /// <summary>A display name for a person id, <c>me</c> or null: the person's name, the owner's name, or the id itself.</summary>
    public string NameOf(string? id) =>
        id is null ? "" : id == "me" ? Owner : PersonById.TryGetValue(id, out var p) ? p.Name : id;
}
