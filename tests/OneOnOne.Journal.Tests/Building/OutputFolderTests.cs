using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

public sealed class OutputFolderTests
{
    [Fact]
    public async Task A_non_empty_folder_the_tool_did_not_create_is_refused_and_left_untouched()
    {
        using var journal = new TempJournal();
        journal.Person("alice", "name: Alice");
        Directory.CreateDirectory(journal.Output);
        var precious = Path.Combine(journal.Output, "thesis.docx");
        await File.WriteAllTextAsync(precious, "mine");

        var result = await SiteBuilder.BuildAsync(journal.Options());

        Assert.NotNull(result.Refused);
        Assert.Contains("not created by this tool", result.Refused);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("mine", await File.ReadAllTextAsync(precious));
        Assert.Single(Directory.EnumerateFileSystemEntries(journal.Output));
    }

    [Theory]
    [InlineData("")]
    [InlineData("input")]
    [InlineData("input/notes")]
    [InlineData("..")]
    public async Task The_root_the_input_folder_and_their_parents_are_refused(string output)
    {
        using var journal = new TempJournal();
        var before = journal.InputSnapshot();
        var result = await SiteBuilder.BuildAsync(journal.Options() with { OutputPath = Path.GetFullPath(Path.Combine(journal.Root, output)) });

        Assert.NotNull(result.Refused);
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public async Task A_rebuild_removes_pages_that_no_longer_exist_and_rewrites_only_changed_files()
    {
        using var journal = new TempJournal();
        journal.Person("alice", "name: Alice").Person("bob", "name: Bob")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice")
            .Note("2026-06-02-bob", "date: 2026-06-02\nwith: bob");
        var first = await journal.BuildAsync();
        Assert.True(journal.Exists("people/bob/index.html"));
        Assert.True(File.Exists(Path.Combine(journal.Output, OutputFolder.Marker)));

        File.Delete(Path.Combine(journal.Root, "input", "people", "bob.md"));
        File.Delete(Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-02-bob.md"));
        var second = await journal.BuildAsync();

        Assert.False(journal.Exists("people/bob/index.html"));
        Assert.False(Directory.Exists(Path.Combine(journal.Output, "people", "bob")));
        Assert.True(journal.Exists("people/alice/index.html"));
        Assert.True(second.Changed < first.Changed, $"a rebuild rewrites only changed files ({second.Changed} of {second.Pages})");

        var third = await journal.BuildAsync();
        Assert.Equal(0, third.Changed);
    }

    /// <summary>
    /// The program as shipped opens files without .NET's flock emulation of FileShare (System.IO.DisableFileLocking in its
    /// runtime configuration): a page that another program holds an exclusive lock on is still rewritten, where the build
    /// used to stop with an internal error (IOException) and write nothing after it. The lock is taken by this test
    /// process, whose own file opens still use flock.
    /// </summary>
    [Fact]
    public void A_build_rewrites_a_page_another_program_holds_a_lock_on()
    {
        using var journal = new TempJournal();
        journal.Person("alice", "name: Alice");
        journal.Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: First talk");
        var first = ProgramRunner.Program(journal.Root, "build", "--today", "2026-06-30");
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        var dashboard = Path.Combine(journal.Output, "index.html");
        var before = File.ReadAllText(dashboard);

        journal.Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\ntitle: Second talk");
        ProgramRunner.Run second;
        using (new FileStream(dashboard, FileMode.Open, FileAccess.Read, FileShare.None))
        {
            second = ProgramRunner.Program(journal.Root, "build", "--today", "2026-06-30");
        }

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.DoesNotContain("internal error", second.Stdout + second.Stderr, StringComparison.Ordinal);
        var after = File.ReadAllText(dashboard);
        Assert.NotEqual(before, after);
        Assert.Contains("Second talk", after, StringComparison.Ordinal);
        Assert.True(journal.Exists("notes/2026/2026-06-08-alice/index.html"));
    }

    /// <summary>
    /// A full build walks the output folder for files it no longer produces only when the folder held something when
    /// the build began: into a missing or empty folder every file is the build's own, so the walk is skipped (and no
    /// timing is reported for it); a rebuild still walks it and deletes the page of a removed note.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stale_files_are_swept_only_when_the_folder_held_something_when_the_build_began(bool emptyFolderFirst)
    {
        using var journal = new TempJournal();
        journal.Person("alice", "name: Alice");
        journal.Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: First talk");
        journal.Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\ntitle: Second talk");
        if (emptyFolderFirst)
        {
            Directory.CreateDirectory(journal.Output);
        }

        var first = await journal.BuildAsync();
        Assert.Null(first.Refused);
        Assert.False(first.Timings.ContainsKey(SiteBuilder.StaleSweep), string.Join(", ", first.Timings.Keys));
        Assert.True(journal.Exists("notes/2026/2026-06-08-alice/index.html"));
        Assert.Equal(first.Pages, Directory.EnumerateFiles(journal.Output, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputFolder.Marker));

        File.Delete(Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-08-alice.md"));
        var second = await journal.BuildAsync();
        Assert.True(second.Timings.ContainsKey(SiteBuilder.StaleSweep), string.Join(", ", second.Timings.Keys));
        Assert.False(journal.Exists("notes/2026/2026-06-08-alice/index.html"));
        Assert.Equal(second.Pages, Directory.EnumerateFiles(journal.Output, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputFolder.Marker));
    }
}
