using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>init [folder]</c>: creates a starter journal (<see cref="JournalScaffold"/>) in the folder (default:
/// the current one, or <c>--root</c>), refusing to touch a folder that already holds a journal.
/// <c>init --from &lt;vault&gt; [--yes]</c> instead makes the folder a journal that reads the vault where it is (issue #15):
/// it proposes the folder mapping, writes only <c>settings.yml</c> (and, with <c>--yes</c>, person stubs in the journal's own
/// <c>input/people/</c>), and prints the people and meetings the tool recognises, the files it leaves out, and the next
/// command. Exit codes: 0 created, 1 refused, 2 bad arguments.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Description = "Where to create the journal; default: the current folder", Arity = ArgumentArity.ZeroOrOne };
        var root = new Option<string?>("--root") { Description = "Where to create the journal (same as the folder argument)" };
        var today = new Option<string?>("--today") { Description = "Date the example note with this ISO date; default: today" };
        var from = new Option<string?>("--from") { Description = "A vault (a folder of Markdown notes, e.g. Obsidian or Logseq) to read in place: nothing in it is copied or changed" };
        var yes = new Option<bool>("--yes", "-y") { Description = "With --from: also write a person file, in this journal's input/people/, for each person the notes name who has none" };
        var command = new Command("init", "Create a new journal: a starter one, or one that reads an existing vault in place (--from)");
        command.Arguments.Add(folder);
        command.Options.Add(root);
        command.Options.Add(today);
        command.Options.Add(from);
        command.Options.Add(yes);
        command.SetAction(async (parse, _) =>
        {
            DateOnly? given = null;
            if (parse.GetValue(today) is { } text)
            {
                if (JournalDate.ParseDate(text) is not { } parsed)
                {
                    Reporter.Fail($"--today '{text}' is not a date; write YYYY-MM-DD");
                    return 2;
                }

                given = parsed;
            }

            var at = Path.GetFullPath(parse.GetValue(folder) ?? parse.GetValue(root) ?? ".", Environment.CurrentDirectory);
            if (parse.GetValue(from) is { } vault)
            {
                return await AdoptAsync(at, Path.TrimEndingDirectorySeparator(Path.GetFullPath(vault, Environment.CurrentDirectory)), given, parse.GetValue(yes));
            }

            var date = given ?? DateOnly.FromDateTime(DateTime.Now);
            if (JournalScaffold.Create(at, date) is { } refusal)
            {
                Reporter.Fail(refusal);
                return 1;
            }

            Console.WriteLine(at);
            Reporter.Error.MarkupLine($"Created a journal in [bold]{Markup.Escape(at)}[/]. Next: build it with [bold]oneonone build[/] there, and prepare the next 1:1 with [bold]oneonone new alex --date {JournalScaffold.NextMeeting(date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}[/] (today's note is already written).");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The line <c>build</c> and the other commands print for a folder that holds Markdown but is no journal (issue #15): the
    /// <c>init --from</c> command that adopts it, with a journal folder beside it. Null when <paramref name="folder"/> holds no Markdown.
    /// </summary>
    public static string? AdoptHint(string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Directory.Exists(folder) && JournalScaffold.HoldsMarkdown(folder)
            ? $"'{folder}' holds Markdown notes but is not a journal; to read them where they are (nothing in it is changed), run: oneonone init --from {Shell(folder)} --root {Shell(folder + "-journal")}"
            : null;
    }

    /// <summary>A path as a shell word: as is when plain, else single-quoted.</summary>
    internal static string Shell(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task<int> AdoptAsync(string journal, string vault, DateOnly? today, bool yes)
    {
        if (JournalScaffold.Adopt(journal, vault, settings: null) is { } refusal)
        {
            Reporter.Fail(refusal);
            return 1;
        }

        // the mapping: the people folder by its name; the notes folder is the one holding every file the tool places on a timeline
        // when given the whole vault, found by the build's own loading path, so that every convention it recognises counts
        var people = JournalScaffold.FindPeopleFolder(vault);
        var options = BuildOptions.ForRoot(journal, today: today);
        var whole = new JournalSettings { Vault = vault, NotesFolder = ".", PeopleFolder = people ?? "people" };
        var probe = await JournalLoader.LoadAsync(options, whole);

        var notes = JournalScaffold.CommonFolder(probe.Journal.Notes.Where(n => n.IsPlaced).Select(n => InVault(n.SourcePath)).Distinct());
        if (JournalScaffold.Adopt(journal, vault, JournalScaffold.AdoptionSettings(vault, notes, people)) is { } failed)
        {
            Reporter.Fail(failed);
            return 1;
        }

        var load = await JournalLoader.LoadAsync(options);
        var model = load.Journal;
        var err = Reporter.Error;
        err.MarkupLine($"Made [bold]{Markup.Escape(journal)}[/] a journal that reads [bold]{Markup.Escape(vault)}[/] in place (only settings.yml was written; the vault is not changed).");
        err.MarkupLine($"  meetings: [bold]{Markup.Escape(notes == "." ? "the whole vault" : notes + "/")}[/]   people: [bold]{Markup.Escape(people is null ? "none in the vault (input/people/ here)" : people + "/")}[/]");

        var meetings = model.Notes.Where(n => n.IsPlaced).OrderBy(n => n.Date).ThenBy(n => n.SourcePath, StringComparer.Ordinal).ToList();
        err.MarkupLine($"[bold]{Count(model.People.Count, "person", "people")}[/] recognised:");
        foreach (var person in model.People)
        {
            var count = model.Notes.Count(n => n.With.Contains(person.Id));
            err.MarkupLine(Markup.Escape($"  {person.Name} ({person.Id}): {count} meeting{(count == 1 ? "" : "s")}{(person.IsInferred ? ", no person file" : "")}"));
        }

        err.MarkupLine($"[bold]{Count(meetings.Count, "meeting", "meetings")}[/] recognised (1:1 notes with a date and a person):");
        foreach (var note in meetings)
        {
            err.MarkupLine(Markup.Escape($"  {note.Date:yyyy-MM-dd} {string.Join(", ", note.With.Select(model.NameOf))}: {note.SourcePath}"));
        }

        var ignored = load.Diagnostics.Where(d => d.Severity == Severity.Info && d.Message.StartsWith("not a 1:1 note", StringComparison.Ordinal)).ToList();
        err.MarkupLine($"[bold]{Count(ignored.Count, "file", "files")}[/] left out as not 1:1 notes{(ignored.Count > 0 ? ":" : "")}");
        foreach (var d in ignored)
        {
            err.MarkupLine(Markup.Escape($"  {d.Path}: {d.Message}"));
        }

        if (notes != ".")
        {
            var outside = probe.Diagnostics.Count(d => d.Severity == Severity.Info && d.Message.StartsWith("not a 1:1 note", StringComparison.Ordinal) && !InVault(d.Path).StartsWith(notes + "/", StringComparison.Ordinal));
            if (outside > 0)
            {
                err.MarkupLine(Markup.Escape($"  and {outside} more outside {notes}/, not read at all (set folders: notes: . in settings.yml to read the whole vault)"));
            }
        }

        var problems = load.Diagnostics.Count(d => d.Severity != Severity.Info);
        if (problems > 0)
        {
            err.MarkupLine(Markup.Escape($"{Count(problems, "problem", "problems")} to look at: run oneonone check --root {Shell(journal)}"));
        }

        var inferred = model.People.Where(p => p.IsInferred).ToList();
        if (inferred.Count > 0 && yes)
        {
            foreach (var path in JournalScaffold.WriteStubs(journal, inferred))
            {
                err.MarkupLine(Markup.Escape($"  wrote {path}"));
            }
        }
        else if (inferred.Count > 0)
        {
            err.MarkupLine(Markup.Escape($"{Count(inferred.Count, "person has", "people have")} no person file; to give each a stub in {journal}/input/people/, run init with --yes in a new folder, or add them there yourself"));
        }

        Console.WriteLine(journal);
        err.MarkupLine($"Next: [bold]{Markup.Escape($"oneonone build --root {Shell(journal)}")}[/] (or [bold]{Markup.Escape($"oneonone preview --root {Shell(journal)}")}[/] to watch the vault while you edit).");
        return 0;
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    /// <summary>A source path (<c>vault/Meetings/x.md</c>) relative to the vault.</summary>
    private static string InVault(string source) =>
        source.StartsWith("vault/", StringComparison.Ordinal) ? source["vault/".Length..] : source;
}
