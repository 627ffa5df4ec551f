using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Cli;

/// <summary>The program as a user runs it: root found by walking up, exit codes, check's path:line output, the summary line.</summary>
public sealed class CommandLineTests
{
    private static TempJournal Broken() => new TempJournal()
        .Person("alice", "name: Alice")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice")
        .Note("2026-06-02-alice", "date: 2026-06-02\nwith: me"); // names only the owner: an error (an unknown name would be inferred, issue #15)

    [Fact]
    public async Task Check_prints_path_line_column_per_problem_and_exits_1_on_errors_without_touching_output()
    {
        using var journal = Broken();
        var run = await ProgramRunner.RunAsync(journal.Root, "check", "--today", "2026-06-30");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/notes/2026/2026-06-02-alice.md:3:1: error: the note names only you ('me')", run.Stdout);
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
        Assert.Contains("input/notes/2026/2026-06-02-alice.md:3:1: error:", run.Stderr);
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

    /// <summary>Bad values on the command line (issue #14): one plain line naming the problem, a non-zero exit, never a stack trace.</summary>
    [Theory]
    [InlineData("build", "--output", "{file}")]
    [InlineData("build", "--output", "{file}/site")]
    [InlineData("publish", "--no-encrypt", "--output", "{file}")]
    [InlineData("preview", "--port", "99999")]
    [InlineData("preview", "--port", "0")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "abc")]
    [InlineData("init", "{file}")]
    [InlineData("init", "{file}/journal")]
    [InlineData("review", "--year", "2026", "--output", "{folder}")]
    [InlineData("build", "--root", "{file}")]
    [InlineData("build", "--root", "{folder}/does-not-exist")]
    [InlineData("build", "--today", "2026-13-45")]
    [InlineData("build", "--no-such-option")]
    public async Task Bad_values_get_one_error_line_and_a_non_zero_exit_without_a_stack_trace(params string[] args)
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        var file = Path.Combine(journal.Root, "a-file.txt");
        File.WriteAllText(file, "not a folder");
        var folder = Directory.CreateDirectory(Path.Combine(journal.Root, "a-folder")).FullName;

        var run = await ProgramRunner.RunAsync(journal.Root, [.. args.Select(a => a.Replace("{file}", file).Replace("{folder}", folder))]);

        Assert.NotEqual(0, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length is >= 1 and <= 2, run.Stderr);
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("exception", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_internal_error_line_with_its_own_exit_code_and_the_stack_only_when_verbose()
    {
        using var journal = new TempJournal().Person("alice", "name: Alice").Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice");
        Assert.Equal(0, (await ProgramRunner.RunAsync(journal.Root, "build")).ExitCode);
        // a folder where the build writes its home page: not bad input the build knows about
        File.Delete(Path.Combine(journal.Output, "index.html"));
        Directory.CreateDirectory(Path.Combine(journal.Output, "index.html", "in-the-way"));

        var run = await ProgramRunner.RunAsync(journal.Root, "build");
        var verbose = await ProgramRunner.RunAsync(journal.Root, "build", "--verbose");

        Assert.Equal(70, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: ", line);
        Assert.Contains("index.html", line);
        Assert.Contains("please report", line);
        Assert.Equal(70, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Stderr);
    }
}
