using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Action items listed in the front matter (issue #15; docs/journal-format.md, "Action items"), as meeting templates and
/// assistants write them: <c>actionItems:</c> or <c>action_items:</c>, a list of strings (read like a task-list item's
/// text: <c>@id</c>, <c>due:</c>, <c>→ Name</c>...; <c>[x] </c> in front marks it done) or of maps
/// <c>{task, owner, due, done}</c> (also <c>text</c>/<c>title</c>/<c>action</c>, <c>who</c>/<c>assignee</c>,
/// <c>status</c>; <c>done</c> is <c>true</c>/<c>false</c> or the done date).
/// </summary>
public static class FrontMatterActions
{
    private static readonly string[] DoneWords = ["true", "yes", "done", "closed", "complete", "completed", "x"];

    /// <summary>Reads the list.</summary>
    /// <param name="frontMatter">The note's front matter.</param>
    /// <returns>The items, in order, and the problems (line, message) of entries that could not be read fully; both empty without the list.</returns>
    public static (IReadOnlyList<TaskItem> Items, IReadOnlyList<(int Line, string Message)> Problems) Read(YamlMap frontMatter)
    {
        var value = frontMatter.Get("actionItems", "action_items", "action-items");
        if (value is null or YamlScalar { Text: "" })
        {
            return ([], []);
        }

        var items = new List<TaskItem>();
        var problems = new List<(int, string)>();
        IReadOnlyList<YamlValue> entries = value is YamlList list ? list.Items : [value];
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case YamlScalar { Text: var raw } when !string.IsNullOrWhiteSpace(raw):
                    var text = raw.Trim();
                    var done = text.StartsWith("[x]", StringComparison.OrdinalIgnoreCase);
                    text = done || text.StartsWith("[ ]", StringComparison.Ordinal) ? text[3..] : text;
                    var (item, problem) = TaskItemParser.Parse(text, done, entry.Line);
                    Add(item, problem, entry.Line);
                    break;
                case YamlMap map when map.Text("task", "text", "title", "action", "item") is { } task:
                    var (fromMap, mapProblem) = TaskItemParser.Parse(task, false, map.Line);
                    if (map.Text("owner", "who", "assignee") is { } owner)
                    {
                        owner = owner.Trim().TrimStart('@').Trim('[', ']');
                        fromMap = fromMap with { Owner = owner.Contains(' ', StringComparison.Ordinal) || owner.Any(char.IsUpper) ? owner : owner.ToLowerInvariant() };
                    }

                    if (map.Get("due") is YamlScalar { Text: var dueText } due && !string.IsNullOrWhiteSpace(dueText))
                    {
                        if (JournalDate.ParseDate(dueText) is { } d)
                        {
                            fromMap = fromMap with { Due = d };
                        }
                        else
                        {
                            problems.Add((due.Line, $"due date '{dueText.Trim()}' of an action item is not a date; write YYYY-MM-DD"));
                        }
                    }

                    var doneText = map.Text("done", "status", "completed") ?? "";
                    if (JournalDate.ParseDate(doneText) is { } doneOn)
                    {
                        fromMap = fromMap with { Done = true, DoneOn = doneOn };
                    }
                    else if (DoneWords.Contains(doneText.ToLowerInvariant()))
                    {
                        fromMap = fromMap with { Done = true };
                    }

                    Add(fromMap, mapProblem, map.Line);
                    break;
                case YamlScalar:
                    break;
                default:
                    problems.Add((entry.Line, "an action item in the front matter must be a text or an entry with 'task:' (and 'owner:', 'due:', 'done:'); ignored"));
                    break;
            }
        }

        return (items, problems);

        void Add(TaskItem item, string? problem, int line)
        {
            items.Add(item);
            if (problem is not null)
            {
                problems.Add((line, problem));
            }
        }
    }
}
