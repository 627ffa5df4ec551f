namespace OneOnOne.Journal.Domain;

/// <summary>
/// One meeting note (DESIGN.md, "A note"): its front matter, and what the body says about action
/// items, feedback and wins. Built without I/O by <see cref="Parsing.NoteFactory"/>.
/// </summary>
public sealed record Note
{
    /// <summary>The note file, relative to the journal root, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The slug of the file stem (<c>2026-03-04 Alice Chen</c> → <c>2026-03-04-alice-chen</c>), unique in the journal.</summary>
    public required string Slug { get; init; }

    /// <summary>The meeting's date in the journal's time zone, or null when the note has no valid date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The meeting's start time, when the front matter gives one.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The ids of the people met (resolved from ids, names or aliases); several for a shared meeting.</summary>
    public IReadOnlyList<string> With { get; init; } = [];

    /// <summary>The meeting type id; <c>regular</c> when none is given or the given one is unknown.</summary>
    public string TypeId { get; init; } = MeetingType.DefaultId;

    /// <summary>The title: from front matter, or derived from type and person ("Regular 1:1 with Alice Chen").</summary>
    public required string Title { get; init; }

    /// <summary>Tags, lower case, without <c>#</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Mood from 1 (bad) to 5 (great), or null.</summary>
    public int? Mood { get; init; }

    /// <summary>True for <c>private: true</c>: shown by build and preview, left out by publish.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>The goals discussed, in front-matter order.</summary>
    public IReadOnlyList<GoalMention> Goals { get; init; } = [];

    /// <summary>Topics queued for the next meeting (<c>next:</c>, then the items of a "Next time" section); see <see cref="TopicQueue"/>.</summary>
    public IReadOnlyList<string> Next { get; init; } = [];

    /// <summary>Topics taken off the queue unheard: the <c>~~struck~~</c> entries of <c>next:</c> (or of a "Next time" section), without the tildes.</summary>
    public IReadOnlyList<string> DroppedNext { get; init; } = [];

    /// <summary>Task-list items in the body, in order.</summary>
    public IReadOnlyList<TaskItem> Tasks { get; init; } = [];

    /// <summary>Lines of the "Feedback" section(s).</summary>
    public IReadOnlyList<FeedbackEntry> Feedback { get; init; } = [];

    /// <summary>Lines of the "Wins" section(s).</summary>
    public IReadOnlyList<string> Wins { get; init; } = [];

    /// <summary>The body rendered to HTML; links to other pages start with <c>~/</c> (the site root).</summary>
    /// <remarks>Kept as UTF-8 (half the memory of a string for a mostly-ASCII body, for every note of the journal during the whole build): each read decodes a new string.</remarks>
    public string BodyHtml
    {
        get => _bodyHtml.ToString();
        init => _bodyHtml = Utf8Text.From(value);
    }

    private readonly Utf8Text _bodyHtml = Utf8Text.Empty;

    /// <summary>
    /// The body as plain text (for the search index): the text given when the note was built, or else derived
    /// from <see cref="BodyHtml"/> on each read (tags removed, entities decoded, white space collapsed), so that
    /// a journal's notes do not each keep a second copy of their text for the whole build.
    /// </summary>
    public string PlainText
    {
        get => _plainText ?? _bodyHtml.HtmlToPlainText();
        init => _plainText = value;
    }

    private readonly string? _plainText;

    /// <summary>The first <paramref name="maxChars"/> characters of <see cref="PlainText"/> (all of it when shorter), without making the rest.</summary>
    public string PlainTextStart(int maxChars) =>
        _plainText is { } text ? (text.Length > maxChars ? text[..maxChars] : text) : _bodyHtml.HtmlToPlainText(maxChars);

    /// <summary>
    /// The text of the body's top-level paragraphs (the plain text when there are none), for excerpts, cut
    /// after <see cref="SummaryChars"/> characters (excerpts are shorter, so a cut one reads the same).
    /// </summary>
    public string Summary { get; init; } = "";

    /// <summary>The most characters of <see cref="Summary"/> kept: excerpts cut at up to this many characters read the same as from the whole text.</summary>
    public const int SummaryChars = 600;

    /// <summary>True when the note has a date and at least one known person, so it belongs on timelines.</summary>
    public bool IsPlaced => Date is not null && With.Count > 0;

    /// <summary>The note page's URL path, relative to the site root: <c>notes/&lt;yyyy&gt;/&lt;slug&gt;/</c>, or <c>notes/undated/&lt;slug&gt;/</c>.</summary>
    public string Permalink => $"notes/{(Date is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "undated")}/{Slug}/";

    /// <summary>Sort key: date then time then slug (undated notes first).</summary>
    public (DateOnly, TimeOnly, string) SortKey => (Date ?? DateOnly.MinValue, Time ?? TimeOnly.MinValue, Slug);

    /// <summary>
    /// The people this note names who have no person file (issue #15): id (the slug of the name) → the name as first
    /// written. <see cref="With"/> holds their ids too; <see cref="JournalBuilder"/>'s caller makes each an inferred
    /// <see cref="Person"/> (<see cref="InferredPeople"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> InferredPeople { get; init; } = new Dictionary<string, string>();
}
