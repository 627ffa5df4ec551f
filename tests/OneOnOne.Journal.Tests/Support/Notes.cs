using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>Builds domain objects in memory for domain tests (no files).</summary>
public static class Notes
{
    public static Note Make(string date, string[] with, params TaskItem[] tasks) => new()
    {
        SourcePath = $"input/notes/{date}-{string.Join('-', with)}.md",
        Slug = $"{date}-{string.Join('-', with)}",
        Title = $"Meeting {date}",
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        With = with,
        Tasks = tasks,
    };

    public static Note WithGoals(string date, string person, params GoalMention[] goals) =>
        Make(date, [person]) with { Goals = goals };

    public static TaskItem Open(string text, string? owner = null, string? due = null) =>
        new(text, owner, due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), false, null, 1);

    public static TaskItem Done(string text, string? owner = null) => new(text, owner, null, true, null, 1);

    public static Person Person(string id, string name, Cadence? cadence = null, params string[] aliases) =>
        new(id, name, null, Relationship.Report, cadence ?? Cadence.Weekly, null, aliases, null, "", $"input/people/{id}.md");
}
