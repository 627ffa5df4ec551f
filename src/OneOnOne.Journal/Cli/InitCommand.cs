using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Parsing;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>init [folder]</c>: creates a starter journal (<see cref="JournalScaffold"/>) in the folder (default:
/// the current one), refusing to touch a folder that already holds a journal. Exit codes: 0 created,
/// 1 refused, 2 bad arguments.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Description = "Where to create the journal; default: the current folder", Arity = ArgumentArity.ZeroOrOne };
        var today = new Option<string?>("--today") { Description = "Date the example note with this ISO date; default: today" };
        var command = new Command("init", "Create a new, empty journal (settings.yml, one person, one note) to start from");
        command.Arguments.Add(folder);
        command.Options.Add(today);
        command.SetAction(parse =>
        {
            var date = DateOnly.FromDateTime(DateTime.Now);
            if (parse.GetValue(today) is { } text)
            {
                if (JournalDate.ParseDate(text) is not { } given)
                {
                    Reporter.Fail($"--today '{text}' is not a date; write YYYY-MM-DD");
                    return 2;
                }

                date = given;
            }

            var root = Path.GetFullPath(parse.GetValue(folder) ?? ".", Environment.CurrentDirectory);
            if (JournalScaffold.Create(root, date) is { } refusal)
            {
                Reporter.Fail(refusal);
                return 1;
            }

            Console.WriteLine(root);
            Reporter.Error.MarkupLine($"Created a journal in [bold]{Markup.Escape(root)}[/]. Next: build it with [bold]oneonone build[/] there, and prepare the next 1:1 with [bold]oneonone new alex --date {JournalScaffold.NextMeeting(date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}[/] (today's note is already written).");
            return 0;
        });
        return command;
    }
}
