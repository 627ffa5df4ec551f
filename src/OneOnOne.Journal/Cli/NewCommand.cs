using System.CommandLine;
using System.Diagnostics;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>new &lt;person&gt; [--type T] [--date YYYY-MM-DD] [--edit]</c>: writes the next note with a person
/// (text from <see cref="NextNoteTemplate"/>) to <c>input/&lt;notes folder&gt;/&lt;yyyy&gt;/&lt;date&gt;-&lt;id&gt;.md</c>
/// and prints its path on standard output. For a journal that reads a vault in place (<c>vault:</c>, issue #15) the note goes
/// into the vault's notes folder, beside the notes it carries over from: the only command that ever writes into a vault. The
/// only command that writes under <c>input/</c>, and only that one new file: it never overwrites (exit 1). Exit codes: 0 written, 1 refused (the file exists,
/// unknown person or type), 2 bad arguments. The theme's layouts are not compiled (only its meeting types are read), so a broken layout does not stop a note.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CommonOptions common)
    {
        var person = new Argument<string>("person") { Description = "The person: an id, a name or an alias" };
        var type = new Option<string?>("--type", "-t") { Description = "The meeting type id; default: the type usually held with the person" };
        var date = new Option<string?>("--date", "-d") { Description = "The meeting's date, YYYY-MM-DD; default: today in the journal's time zone" };
        var edit = new Option<bool>("--edit", "-e") { Description = "Open the new note in $EDITOR" };
        var command = new Command("new", "Write the next note for a person, with open actions, queued topics and goals in flight carried over");
        command.Arguments.Add(person);
        command.Options.Add(type);
        command.Options.Add(date);
        command.Options.Add(edit);
        common.AddTo(command);
        command.SetAction((parse, _) => RunAsync(common, parse, parse.GetValue(person)!, parse.GetValue(type), parse.GetValue(date), parse.GetValue(edit)));
        return command;
    }

    private static async Task<int> RunAsync(CommonOptions common, ParseResult parse, string who, string? typeText, string? dateText, bool edit)
    {
        var (options, error) = common.Resolve(parse, BuildMode.Build);
        if (options is null)
        {
            Reporter.Fail(error!);
            return 2;
        }

        DateOnly? date = null;
        if (dateText is not null)
        {
            date = JournalDate.ParseDate(dateText);
            if (date is null)
            {
                Reporter.Fail($"--date '{dateText}' is not a date; write YYYY-MM-DD");
                return 2;
            }
        }

        var load = await JournalLoader.LoadAsync(options);
        var journal = load.Journal;

        var matches = new PersonDirectory(journal.People).Match(who);
        if (matches.Count > 1)
        {
            var candidates = string.Join(", ", matches.Select(m => $"{m} ({journal.NameOf(m)})"));
            Reporter.Fail($"'{who}' could be {candidates}; name one of them");
            return 1;
        }

        var id = matches.Count == 1 ? matches[0] : null;
        if (id is null)
        {
            var known = journal.People.Count == 0 ? "there is nobody in the journal yet" : "known: " + string.Join(", ", journal.People.Select(p => p.Id));
            Reporter.Fail($"unknown person '{who}' ({known}); add {(load.Settings.Vault is null ? load.Settings.Label(load.Settings.PeopleFolder) : "input/people")}/{Slug.From(who)}.md first");
            return 1;
        }

        var type = journal.UsualTypeFor(id);
        if (typeText is not null && !journal.TypeById.TryGetValue(Slug.From(typeText), out type))
        {
            Reporter.Fail($"unknown meeting type '{typeText}' (known: {string.Join(", ", journal.MeetingTypes.Select(t => t.Id))})");
            return 1;
        }

        var day = date ?? journal.Today;
        var path = Path.GetFullPath(Path.Combine(load.Settings.NotesPath(options.RootPath), NextNoteTemplate.RelativePath(id, day)));
        var text = NextNoteTemplate.Compose(journal, id, type, day);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: never overwrite, even if the file appeared since the check
            await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await writer.WriteAsync(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            Reporter.Fail($"{Shown(path)} already exists; it was left unchanged (edit it, or pass another --date)");
            return 1;
        }

        Console.WriteLine(Shown(path));
        if (edit)
        {
            OpenEditor(path);
        }

        return 0;
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>Runs <c>$EDITOR &lt;path&gt;</c> (through the shell, so <c>EDITOR="code -w"</c> works) and waits for it.</summary>
    private static void OpenEditor(string path)
    {
        var editor = Environment.GetEnvironmentVariable("EDITOR");
        if (string.IsNullOrWhiteSpace(editor))
        {
            Reporter.Fail("--edit: $EDITOR is not set; the note was written, open it yourself");
            return;
        }

        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", editor + " \"" + path + "\"" } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", editor + " \"$1\"", "sh", path } };
        start.UseShellExecute = false;
        try
        {
            using var process = Process.Start(start);
            process?.WaitForExit();
            if (process is { ExitCode: not 0 })
            {
                Reporter.Fail($"--edit: '{editor}' exited with code {process.ExitCode}");
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Reporter.Fail($"--edit: could not start '{editor}': {e.Message}");
        }
    }
}
