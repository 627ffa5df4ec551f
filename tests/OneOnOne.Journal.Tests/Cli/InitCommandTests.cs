using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Cli;

/// <summary><c>init</c>: a starter journal in an empty folder that builds cleanly; never over an existing journal.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_then_build_on_an_empty_folder_gives_a_clean_site_with_the_example_person()
    {
        using var journal = new TempJournal();
        var folder = Path.Combine(journal.Root, "fresh");

        var run = ProgramRunner.Program(journal.Root, "init", "fresh", "--today", "2026-06-30");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(folder, run.Stdout.Trim());
        Assert.Equal(
            ["input/notes/2026/2026-06-30-alex-example.md", "input/people/alex-example.md", "settings.yml"],
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

        var options = OneOnOne.Journal.Configuration.BuildOptions.ForRoot(folder, today: new DateOnly(2026, 6, 30)) with { ThemePath = RepoPaths.Theme };
        var result = await SiteBuilder.BuildAsync(options);
        Assert.Null(result.Refused);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["alex-example"], result.Journal!.People.Select(p => p.Id));
        Assert.Equal(2, result.Journal.Actions.Count(a => a.IsOpen));
        Assert.True(File.Exists(Path.Combine(folder, "output", "people", "alex-example", "index.html")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_already_holds_a_journal()
    {
        using var journal = WeeklyJournal.Create();
        var before = journal.InputSnapshot();

        var run = ProgramRunner.Program(journal.Root, "init");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already holds a journal", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, journal.InputSnapshot());
        Assert.False(File.Exists(Path.Combine(journal.Root, "settings.yml")));
    }

    [Fact]
    public void The_starter_files_are_the_settings_one_person_and_one_note_dated_today()
    {
        var files = JournalScaffold.Files(new DateOnly(2027, 1, 5)).ToDictionary(f => f.Path, f => f.Text);

        Assert.Equal(["input/notes/2027/2027-01-05-alex-example.md", "input/people/alex-example.md", "settings.yml"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("date: 2027-01-05\n", files["input/notes/2027/2027-01-05-alex-example.md"], StringComparison.Ordinal);
        Assert.Contains("due:2027-01-12", files["input/notes/2027/2027-01-05-alex-example.md"], StringComparison.Ordinal);
        Assert.All(files.Values, t => Assert.DoesNotContain('\r', t));
    }

    [Fact]
    public void The_next_step_init_suggests_works_the_same_day()
    {
        using var journal = new TempJournal();
        var init = ProgramRunner.Program(journal.Root, "init", "fresh", "--today", "2026-06-30");
        Assert.True(init.ExitCode == 0, init.Stderr);

        // the suggested command, as printed: "oneonone new ..." up to the next bracket or parenthesis
        var suggestion = System.Text.RegularExpressions.Regex.Match(init.Stderr, @"oneonone (new [^\(\)\[\]\r\n]+?)\s*[\(\[\.\r\n]").Groups[1].Value;
        Assert.StartsWith("new alex", suggestion, StringComparison.Ordinal);
        var args = suggestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = ProgramRunner.Program(Path.Combine(journal.Root, "fresh"), [.. args, "--today", "2026-06-30"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(journal.Root, "fresh", "input", "notes", "2026", "2026-07-07-alex-example.md")));
    }
}
