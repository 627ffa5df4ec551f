using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Support;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>
/// Issue #14: symbolic links under input/ are followed only within the journal root, loops are detected,
/// each note is read once, and every link not followed is reported at its own path. Run on links in memory
/// (<see cref="InMemoryFileSystem"/>, resolved as the system does); <see cref="ReadFilesOnDiskTests"/> builds with real ones.
/// </summary>
public sealed class ReadFilesTests
{
    private readonly TestJournalFiles _journal = new TestJournalFiles()
        .Person("alice", "name: Alice Chen")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "First.")
        .Note("2026-06-02-alice", "date: 2026-06-02\nwith: alice", "Second.");

    private readonly string _outside = Path.Combine(Path.GetPathRoot(TestJournalFiles.Root)!, "outside-the-journal");

    private InMemoryFileSystem Fs => _journal.FileSystem;

    private string Notes => _journal.Notes;

    private async Task<(IReadOnlyList<string> Sources, IReadOnlyList<Diagnostic> Problems)> ListAsync()
    {
        var run = await ModuleRun.RunAsync(new ReadFiles(Notes, "input/notes"), _journal.Context());
        return ([.. run.Outputs.Select(d => d.Source!)], run.Diagnostics);
    }

    [Fact]
    public async Task A_link_to_a_parent_folder_is_a_loop_each_note_is_read_once_and_the_loop_is_reported()
    {
        Fs.AddLink(Path.Combine(Notes, "2026", "loop"), Notes);

        var (sources, problems) = await ListAsync();

        Assert.Equal(["input/notes/2026/2026-06-01-alice.md", "input/notes/2026/2026-06-02-alice.md"], sources);
        var d = Assert.Single(problems);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("input/notes/2026/loop", d.Path);
        Assert.Contains("a folder that contains it (a loop); it was not followed", d.Message);
    }

    [Fact]
    public async Task Two_loops_and_a_circle_of_links_finish_at_once_with_each_note_once()
    {
        Fs.AddLink(Path.Combine(Notes, "2026", "up"), Notes);
        Fs.AddLink(Path.Combine(Notes, "2026", "here"), Path.Combine(Notes, "2026"));
        Fs.AddLink(Path.Combine(Notes, "a"), Path.Combine(Notes, "b"));
        Fs.AddLink(Path.Combine(Notes, "b"), Path.Combine(Notes, "a"));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (sources, problems) = await ListAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(2, sources.Count);
        Assert.Equal(["input/notes/2026/here", "input/notes/2026/up", "input/notes/a", "input/notes/b"], problems.Select(p => p.Path));
        Assert.Contains("leads back to itself", problems.Single(p => p.Path == "input/notes/a").Message);
    }

    [Fact]
    public async Task A_link_to_a_note_or_folder_outside_the_journal_is_skipped_and_reported_without_its_target()
    {
        Fs.AddFile(Path.Combine(_outside, "secret.md"), "---\ndate: 2026-06-03\nwith: alice\n---\nNot journal.\n");
        Fs.AddFile(Path.Combine(_outside, "diary", "2026-06-04-alice.md"), "---\ndate: 2026-06-04\nwith: alice\n---\nNot journal.\n");
        Fs.AddLink(Path.Combine(Notes, "2026", "2026-06-03-alice.md"), Path.Combine(_outside, "secret.md"));
        Fs.AddLink(Path.Combine(Notes, "diary"), Path.Combine(_outside, "diary"));

        var (sources, problems) = await ListAsync();

        Assert.Equal(2, sources.Count);
        Assert.DoesNotContain(sources, s => s.Contains("06-03", StringComparison.Ordinal) || s.Contains("diary", StringComparison.Ordinal));
        Assert.Equal(["input/notes/2026/2026-06-03-alice.md", "input/notes/diary"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("outside the journal folder", p.Message));
        Assert.All(problems, p => Assert.DoesNotContain(_outside, p.Message));
    }

    [Fact]
    public async Task Links_inside_the_journal_are_followed_and_a_note_reached_twice_is_read_once()
    {
        var archive = Path.Combine(TestJournalFiles.Root, "archive", "2025");
        Fs.AddFile(Path.Combine(archive, "2025-12-01-alice.md"), "---\ndate: 2025-12-01\nwith: alice\n---\nArchived.\n");
        Fs.AddLink(Path.Combine(Notes, "2025"), Path.Combine("..", "..", "archive", "2025"));
        Fs.AddLink(Path.Combine(Notes, "again.md"), Path.Combine(Notes, "2026", "2026-06-01-alice.md"));

        var (sources, problems) = await ListAsync();

        Assert.Equal(["input/notes/2025/2025-12-01-alice.md", "input/notes/2026/2026-06-01-alice.md", "input/notes/2026/2026-06-02-alice.md"], sources);
        var d = Assert.Single(problems);
        Assert.Equal("input/notes/again.md", d.Path);
        Assert.Contains("already read as 2026-06-01-alice.md", d.Message);
    }
}

/// <summary>The symbolic-link rules of <see cref="ReadFiles"/> on a real disk, through a whole build: the loop is on the attention page.</summary>
public sealed class ReadFilesOnDiskTests : IDisposable
{
    private readonly TempJournal _journal = new TempJournal()
        .Person("alice", "name: Alice Chen")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "First.")
        .Note("2026-06-02-alice", "date: 2026-06-02\nwith: alice", "Second.");

    private string Notes => Path.Combine(_journal.Root, "input", "notes");

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task A_build_with_a_loop_completes_with_every_note_once_and_the_loop_on_the_attention_page()
    {
        Directory.CreateSymbolicLink(Path.Combine(Notes, "2026", "loop"), Notes);
        Directory.CreateSymbolicLink(Path.Combine(Notes, "2026", "loop2"), Path.Combine(Notes, "2026"));

        var result = await _journal.BuildAsync();

        Assert.Equal(2, result.Journal!.Notes.Count);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/notes/2026/loop" && d.Message.Contains("(a loop)", StringComparison.Ordinal));
        var problems = _journal.Page("attention/index.html").QuerySelectorAll(".problems li code").Select(c => c.TextContent).ToList();
        Assert.Contains("input/notes/2026/loop2:1:1", problems);
    }
}
