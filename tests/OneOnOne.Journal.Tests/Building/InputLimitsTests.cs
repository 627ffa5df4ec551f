using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// Issue #14 through a real build: notes that break a limit (YAML alias bomb, YAML or Markdown nested
/// thousands deep, a note over 2 MiB) are each an error at path:line, keep their page and are on the
/// attention page, and the rest of the journal still builds with its pages.
/// </summary>
public sealed class InputLimitsTests : IAsyncLifetime
{
    private readonly TempJournal _journal = new();

    public async Task InitializeAsync()
    {
        _journal
            .Person("alice", "name: Alice Chen\ncadence: weekly")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: A fine note", "- [ ] @alice Good task due:2026-06-10")
            .Note("2026-06-02-alice", "date: 2026-06-02\nwith: alice\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "Alias bomb.")
            .Note("2026-06-03-alice", "date: 2026-06-03\nwith: alice\nx: " + new string('[', 10_000) + new string(']', 10_000), "Deep YAML.")
            .Note("2026-06-04-alice", "date: 2026-06-04\nwith: alice\ntitle: Deep quotes", "Fine first line.\n\n" + new string('>', 10_000) + " quoted\n")
            .Note("2026-06-05-alice", "date: 2026-06-05\nwith: alice\ntitle: Deep lists", string.Concat(Enumerable.Repeat("- ", 10_000)) + "item\n")
            .Note("2026-06-06-alice", "date: 2026-06-06\nwith: alice\ntitle: Deep emphasis", "one\ntwo\n" + new string('*', 10_000) + "<b>bold</b>" + new string('*', 10_000) + "\n")
            .Note("2026-06-07-alice", "date: 2026-06-07\nwith: alice\ntitle: Too large", new string('a', 2 * 1024 * 1024));
        await _journal.BuildAsync();
    }

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("2026-06-02-alice.md", 5, "YAML aliases (*a) are not supported in front matter")]
    [InlineData("2026-06-03-alice.md", 4, "nested more than 64 levels deep")]
    [InlineData("2026-06-04-alice.md", 8, "the Markdown is nested too deeply (more than 128 levels")]
    [InlineData("2026-06-05-alice.md", 6, "the Markdown is nested too deeply (more than 128 levels")]
    [InlineData("2026-06-06-alice.md", 8, "the Markdown is nested too deeply (more than 128 levels")]
    [InlineData("2026-06-07-alice.md", 1, "the file is larger than 2 MiB (2 MiB), the most a note, person or meeting type may be")]
    public void Each_note_over_a_limit_is_an_error_at_its_line(string file, int line, string message)
    {
        var d = Assert.Single(_journal.Result!.Diagnostics, d => d.Path.EndsWith(file, StringComparison.Ordinal));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("input/notes/2026/" + file, d.Path);
        Assert.Equal(line, d.Line);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void The_rest_of_the_journal_builds_with_its_pages_and_every_note_is_on_the_site()
    {
        var journal = _journal.Result!.Journal!;
        Assert.Equal(7, journal.Notes.Count);
        foreach (var note in journal.Notes)
        {
            Assert.True(_journal.Exists(note.Permalink + "index.html"), note.SourcePath);
        }

        Assert.Contains("A fine note", _journal.Page("people/alice/index.html").QuerySelector(".timeline")!.TextContent);
        Assert.Single(journal.Actions, a => a.Text == "Good task");
        var problems = _journal.Page("attention/index.html").QuerySelectorAll(".problems li code").Select(c => c.TextContent).ToList();
        Assert.Contains("input/notes/2026/2026-06-04-alice.md:8:1", problems);
        Assert.Contains("input/notes/2026/2026-06-07-alice.md:1:1", problems);
    }

    [Fact]
    public void A_note_nested_too_deeply_shows_its_text_as_text_on_its_page()
    {
        var note = Assert.Single(_journal.Result!.Journal!.Notes, n => n.SourcePath.EndsWith("2026-06-06-alice.md", StringComparison.Ordinal));
        var page = _journal.Page(note.Permalink + "index.html");
        var pre = page.QuerySelector(".prose pre.markdown-source");
        Assert.NotNull(pre);
        Assert.Contains("<b>bold</b>", pre!.TextContent);
        Assert.Null(page.QuerySelector(".prose b"));
        Assert.Contains("nested too deeply", page.QuerySelector(".notice-error")!.TextContent);
    }
}
