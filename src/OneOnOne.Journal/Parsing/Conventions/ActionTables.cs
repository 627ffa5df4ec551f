using Markdig.Extensions.Tables;
using Markdig.Syntax;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Action items kept in a Markdown table (issue #15; docs/journal-format.md, "Action items"): a table whose header has an
/// <c>Action</c> column (or <c>Action item</c>, <c>Task</c>, <c>To do</c>, <c>What</c>), with optional <c>Owner</c> (or
/// <c>Who</c>, <c>Assignee</c>), <c>Due</c> (or <c>Due date</c>, <c>When</c>, <c>Deadline</c>) and <c>Done</c> or
/// <c>Status</c> columns. Each row with text in the action column is an item; done is a status word (<c>done</c>,
/// <c>closed</c>, <c>complete</c>, <c>yes</c>, <c>x</c>, <c>✅</c>, ...) or a date in the done column (the done date).
/// A table without an action column is not an action table.
/// </summary>
public static class ActionTables
{
    private static readonly string[] ActionNames = ["action", "actions", "action item", "action items", "task", "tasks", "to do", "todo", "what", "item"];
    private static readonly string[] OwnerNames = ["owner", "owners", "who", "assignee", "assigned to", "responsible"];
    private static readonly string[] DueNames = ["due", "due date", "when", "deadline", "by"];
    private static readonly string[] DoneNames = ["done", "status", "state", "completed", "done on"];
    private static readonly string[] DoneWords = ["done", "closed", "complete", "completed", "yes", "y", "x", "finished", "resolved", "✅", "✔", "✔️", "[x]"];

    /// <summary>Reads a table's action items.</summary>
    /// <param name="table">A pipe or grid table.</param>
    /// <param name="bodyLine">1-based line of the body's first line in the file.</param>
    /// <returns>The items in row order and the problems (line, message) of cells that could not be read.</returns>
    public static (IReadOnlyList<TaskItem> Items, IReadOnlyList<(int Line, string Message)> Problems) Read(Table table, int bodyLine)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null)
        {
            return ([], []);
        }

        var names = header.OfType<TableCell>().Select(c => CellText(c).ToLowerInvariant().Trim(' ', ':', '*')).ToList();
        int Column(string[] wanted) => names.FindIndex(n => wanted.Contains(n));
        var (action, owner, due, done) = (Column(ActionNames), Column(OwnerNames), Column(DueNames), Column(DoneNames));
        if (action < 0)
        {
            return ([], []);
        }

        var items = new List<TaskItem>();
        var problems = new List<(int, string)>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(CellText).ToList();
            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";
            var text = Cell(action);
            if (text.Length == 0)
            {
                continue;
            }

            var line = bodyLine + row.Line;
            var (item, problem) = TaskItemParser.Parse(text, false, line);
            if (problem is not null)
            {
                problems.Add((line, problem));
            }

            var ownerText = Cell(owner).TrimStart('@');
            if (ownerText.Length > 0 && item.Owner is null)
            {
                item = item with { Owner = ownerText.Contains(' ', StringComparison.Ordinal) || ownerText.Any(char.IsUpper) ? ownerText : ownerText.ToLowerInvariant() };
            }

            var dueText = Cell(due);
            if (dueText.Length > 0 && dueText != "-")
            {
                if (JournalDate.ParseDate(dueText) is { } d)
                {
                    item = item with { Due = d };
                }
                else
                {
                    problems.Add((line, $"due date '{dueText}' in the action table is not a date; write YYYY-MM-DD"));
                }
            }

            var doneText = Cell(done);
            if (JournalDate.ParseDate(doneText) is { } doneOn)
            {
                item = item with { Done = true, DoneOn = doneOn };
            }
            else if (DoneWords.Contains(doneText.ToLowerInvariant()))
            {
                item = item with { Done = true };
            }

            items.Add(item);
        }

        return (items, problems);
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => MarkdownAnalyzer.InlineText(p.Inline)));
}
