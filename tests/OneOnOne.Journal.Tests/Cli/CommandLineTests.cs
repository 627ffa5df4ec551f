using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Cli;

/// <summary>The program as a user runs it: root found by walking up, exit codes, check's path:line output, the summary line.</summary>
public sealed class CommandLineTests
{
    private static TempJournal Broken() => new TempJournal()
        .Person("alice", "name: Alice")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice")
        .Note("2026-06-02-alice", "date: 2026-06-02\nwith: nobody-here");

    [Fact]
    public async Task Check_prints_path_line_column_per_problem_and_exits_1_on_errors_without_touching_output()
    {
        using var journal = Broken();
        var run = await ProgramRunner.RunAsync(journal.Root, "check", "--today", "2026-06-30");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/notes/2026/2026-06-02-alice.md:3:7: error: unknown person 'nobody-here'", run.Stdout);
        Assert.Contains("1 errors, 0 warnings", run.Stdout);
        Assert.False(Directory.Exists(journal.Output));
    }

    [Fact]
    public async Task Check_on_a_clean_journal_exits_0()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        var run = await ProgramRunner.RunAsync(journal.Root, "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errors, 0 warnings in 1 notes", run.Stdout);
    }

    [Fact]
    public async Task Build_is_the_default_finds_the_root_from_a_subfolder_and_prints_a_summary()
    {
        using var journal = Broken();
        var sub = Path.Combine(journal.Root, "input", "notes", "2026");
        var run = await ProgramRunner.RunAsync(sub, "--today", "2026-06-30");

        Assert.Equal(1, run.ExitCode);
        Assert.True(journal.Exists("index.html"), run.Stderr);
        Assert.True(journal.Exists("notes/2026/2026-06-02-alice/index.html"));
        Assert.Contains("input/notes/2026/2026-06-02-alice.md:3:7: error:", run.Stderr);
        Assert.Matches(@"2 notes, 1 people, \d+ pages \(\d+ changed\), 0 warnings, 1 errors, \d+\.\d\d s", run.Stderr);
        // redirected output is never wrapped: the summary, with the output path, stays on one line
        Assert.Contains(run.Stderr.Split('\n'), l => l.StartsWith("2 notes, 1 people", StringComparison.Ordinal) && l.TrimEnd().EndsWith("output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_verbose_prints_each_pipelines_time_and_the_memory_allocated()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        var quiet = await ProgramRunner.RunAsync(journal.Root, "build");
        var verbose = await ProgramRunner.RunAsync(journal.Root, "build", "--verbose");

        Assert.Equal(0, verbose.ExitCode);
        Assert.DoesNotContain("NotePages", quiet.Stderr);
        Assert.Matches(@"Notes \d+ ms, .*NotePages \d+ ms.*\(total\) \d+ ms", verbose.Stderr);
        Assert.DoesNotContain("allocated", quiet.Stderr);
        var memory = System.Text.RegularExpressions.Regex.Match(verbose.Stderr, @"allocated (\d+) MiB, collections gen0/gen1/gen2 (\d+)/(\d+)/(\d+), GC pause \d+ ms");
        Assert.True(memory.Success, verbose.Stderr);
        Assert.True(int.Parse(memory.Groups[1].Value) > 0, memory.Value); // a build allocates at least a MiB
        Assert.True(int.Parse(memory.Groups[2].Value) >= int.Parse(memory.Groups[4].Value), memory.Value); // every gen2 collection is also counted as gen0
    }

    [Fact]
    public async Task Root_and_output_options_are_honoured()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        var elsewhere = Path.Combine(Path.GetTempPath(), "oneonone-out-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await ProgramRunner.RunAsync(Path.GetTempPath(), "build", "--root", journal.Root, "--output", elsewhere);
            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(elsewhere, "people", "alice", "index.html")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task Outside_a_journal_the_message_says_how_to_point_at_one()
    {
        var empty = Directory.CreateTempSubdirectory("oneonone-empty-");
        try
        {
            var run = await ProgramRunner.RunAsync(empty.FullName, "build", "--root", empty.FullName);
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("--root", run.Stderr);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
