using System.Text;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// DESIGN.md, "Bad input": nothing crashes the build, nothing is lost or changed, each problem is
/// reported with path and line, and every note still appears on the site.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TempJournal _journal = new();
    private IReadOnlyDictionary<string, string> _before = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _journal
            .Person("alice", "name: Alice Chen\ncadence: weekly")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ngoals:\n  - id: fine\n    title: A fine goal\n    status: on-track", "- [ ] @alice Good task due:2026-06-10")
            .Write("notes/2026/2026-06-02-broken-yaml.md", "---\ndate: 2026-06-02\nwith: [alice\ntype: regular\n---\nThe body survives.\n")
            .Note("2026-06-03-carol", "date: 2026-06-03\nwith: carol", "Met someone unknown.")
            .Note("2026-06-04-alice", "date: 2026-06-04\nwith: alice\ntype: standup", "Unknown type.")
            .Note("2026-06-05-alice", "date: 2026-06-05\nwith: alice\ngoals:\n  - id: fine\n    status: green", "Unknown status.")
            .Note("2026-06-06-alice", "date: 2026-06-31\nwith: alice", "Impossible date.")
            .Note("2026-06-07-alice", "date: 2026-06-07\nwith: alice\ngoals:\n  - id: untitled\n    status: on-track", "Goal without title.")
            .Write("notes/2026/2026-06-08-alice.md", "")
            .Bytes("notes/2026/2026-06-09-alice.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
            .Bytes("notes/2026/2026-06-10-alice.md", Encoding.Latin1.GetBytes("---\ndate: 2026-06-10\nwith: alice\n---\nCaf\u00e9 au lait\n"))
            .Bytes("notes/2026/2026-06-11-alice.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ndate: 2026-06-11\nwith: alice\n---\nBOM note\n")])
            .Bytes("notes/2026/2026-06-12-alice.md", Encoding.UTF8.GetBytes("---\r\ndate: 2026-06-12\r\nwith: alice\r\n---\r\n- [x] @alice Good task\r\n"))
            .Note("2026-06-13-alice", "date: 2026-06-13\nwith: alice", "First of two with this stem.")
            .Write("notes/other/2026-06-13-alice.md", "---\ndate: 2026-06-13\nwith: alice\ntitle: Second copy\n---\nSecond of two.\n");
        _before = _journal.InputSnapshot();
        await _journal.BuildAsync();
    }

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    private IEnumerable<Diagnostic> For(string file) => _journal.Result!.Diagnostics.Where(d => d.Path.EndsWith(file, StringComparison.Ordinal));

    [Theory]
    [InlineData("2026-06-02-broken-yaml.md", Severity.Error, 3, "not valid YAML")]
    [InlineData("2026-06-03-carol.md", Severity.Info, 1, "inferred person 'Carol' from 1 note")] // issue #15: no longer an error
    [InlineData("2026-06-04-alice.md", Severity.Warning, 4, "unknown meeting type 'standup'")]
    [InlineData("2026-06-05-alice.md", Severity.Warning, 6, "unknown goal status 'green'")]
    [InlineData("2026-06-06-alice.md", Severity.Error, 2, "2026-06-31 is not a real date")]
    [InlineData("2026-06-07-alice.md", Severity.Warning, 5, "without a title")]
    [InlineData("2026-06-08-alice.md", Severity.Error, 1, "empty")]
    [InlineData("2026-06-09-alice.md", Severity.Error, 1, "binary")]
    [InlineData("2026-06-10-alice.md", Severity.Error, 1, "not valid UTF-8")]
    [InlineData("other/2026-06-13-alice.md", Severity.Warning, 1, "same file name")]
    public void Each_problem_is_reported_with_path_line_and_a_plain_message(string file, Severity severity, int line, string message)
    {
        var found = For(file).Where(d => d.Message.Contains(message, StringComparison.Ordinal)).ToList();
        var d = Assert.Single(found);
        Assert.Equal(severity, d.Severity);
        Assert.Equal(line, d.Line);
        Assert.StartsWith("input/notes/", d.Path);
    }

    [Fact]
    public void Bom_and_crlf_notes_build_cleanly_and_the_crlf_note_closes_the_action()
    {
        Assert.Empty(For("2026-06-11-alice.md"));
        Assert.Empty(For("2026-06-12-alice.md"));
        var action = Assert.Single(_journal.Result!.Journal!.Actions, a => a.Text == "Good task");
        Assert.False(action.IsOpen);
        Assert.Equal("input/notes/2026/2026-06-12-alice.md", action.ClosedIn!.SourcePath);
    }

    [Fact]
    public void Every_note_file_still_has_a_page_and_the_unplaceable_ones_are_on_the_attention_page()
    {
        var journal = _journal.Result!.Journal!;
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(_journal.Root, "input", "notes"), "*.md", SearchOption.AllDirectories).Count(), journal.Notes.Count);
        foreach (var note in journal.Notes)
        {
            Assert.True(_journal.Exists(note.Permalink + "index.html"), note.SourcePath);
        }

        var attention = _journal.Page("attention/index.html");
        var unplaced = attention.QuerySelectorAll("#unplaced-h + ul li").Select(li => li.TextContent).ToList();
        Assert.DoesNotContain(unplaced, t => t.Contains("2026-06-03-carol.md")); // issue #15: Carol is inferred, so her note is placed
        Assert.True(_journal.Exists("people/carol/index.html"));
        Assert.Contains(unplaced, t => t.Contains("2026-06-06-alice.md"));
        Assert.Contains(unplaced, t => t.Contains("2026-06-09-alice.md"));
        var lines = attention.QuerySelectorAll(".problems li code").Select(c => c.TextContent).ToList();
        Assert.Contains("input/notes/2026/2026-06-02-broken-yaml.md:3:1", lines);
        Assert.Contains("input/notes/2026/2026-06-06-alice.md:2:7", lines);
    }

    [Fact]
    public void A_note_with_bad_yaml_keeps_its_body_and_shows_its_problem_on_its_page()
    {
        var note = Assert.Single(_journal.Result!.Journal!.Notes, n => n.SourcePath.EndsWith("broken-yaml.md", StringComparison.Ordinal));
        var page = _journal.Page(note.Permalink + "index.html");
        Assert.Contains("The body survives.", page.QuerySelector(".prose")!.TextContent);
        Assert.Contains("not valid YAML", page.QuerySelector(".notice-error")!.TextContent);
        // date and person come from the file name when the front matter cannot be read
        Assert.Equal(new DateOnly(2026, 6, 2), note.Date);
    }

    [Fact]
    public void Good_notes_are_still_on_the_timeline_and_the_duplicate_stem_gets_its_own_page()
    {
        var timeline = _journal.Page("people/alice/index.html");
        var titles = timeline.QuerySelectorAll(".timeline .note-title").Select(a => a.TextContent).ToList();
        Assert.Contains("Second copy", titles);
        Assert.True(_journal.Exists("notes/2026/2026-06-13-alice/index.html"));
        Assert.True(_journal.Exists("notes/2026/2026-06-13-alice-2/index.html"));
    }

    [Fact]
    public void The_build_exits_1_and_nothing_under_input_changed()
    {
        Assert.Equal(1, _journal.Result!.ExitCode);
        Assert.Equal(_before, _journal.InputSnapshot());
    }
}
