namespace OneOnOne.Journal.Domain;

/// <summary>
/// An action item carried from meeting to meeting (DESIGN.md, "Action items"): opened by the first
/// note that lists it, closed by a later note with the same person that checks the same item.
/// </summary>
public sealed record ActionItem
{
    /// <summary>The matching key (<see cref="ActionKey.From"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The text as last written.</summary>
    public required string Text { get; init; }

    /// <summary>Owner person id, <c>me</c>, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>Due date (the latest one given), or null.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The people of the note that opened it: a later note with any of them may close it.</summary>
    public required IReadOnlyList<string> People { get; init; }

    /// <summary>The note that first listed it.</summary>
    public required Note OpenedIn { get; init; }

    /// <summary>The note that checked it, or null while open.</summary>
    public Note? ClosedIn { get; init; }

    /// <summary>When it was closed: the Obsidian <c>✅</c> date when given, else the closing note's date.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Every note that listed it, oldest first.</summary>
    public required IReadOnlyList<Note> Mentions { get; init; }

    /// <summary>The date it was opened (the opening note's date).</summary>
    public DateOnly OpenedOn => OpenedIn.Date!.Value;

    /// <summary>True until a note closes it.</summary>
    public bool IsOpen => ClosedIn is null;

    /// <summary>True when open and its due date is before <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && Due is { } due && due < today;

    /// <summary>For a closed item with a due date: whether it closed on or before the due date; otherwise null.</summary>
    public bool? ClosedOnTime => ClosedOn is { } closed && Due is { } due ? closed <= due : null;
}
