using System.Net;
using AngleSharp.Html.Parser;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary><c>preview</c> end to end over a temp journal: a save rebuilds, the event reaches a client, the page shows the change.</summary>
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private const string NotePath = "notes/2026/2026-03-04-alice-chen.md";
    private const string NoteUrl = "notes/2026/2026-03-04-alice-chen/";

    private readonly TempJournal _journal = new(withTheme: true);
    private PreviewSession _preview = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _journal.Person("alice-chen", "name: Alice Chen\ncadence: weekly");
        _journal.Person("bob-stone", "name: Bob Stone\ncadence: weekly");
        WriteNote("We talked about the search rollout.");
        _journal.Note("2026-03-05-bob-stone", "date: 2026-03-05\nwith: bob-stone\ntitle: Bob's first", "## Notes\nHello Bob.\n");
        _preview = await PreviewSession.StartAsync(_journal.Options(BuildMode.Preview), 0);
        _http = new HttpClient { BaseAddress = new Uri(_preview.Server.Url) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _preview.DisposeAsync();
        _journal.Dispose();
    }

    [Fact]
    public async Task Html_pages_get_the_reload_script_and_the_output_folder_never_holds_it()
    {
        var html = await _http.GetStringAsync(NoteUrl);
        var page = new HtmlParser().ParseDocument(html);
        var script = page.QuerySelector("script[data-version]");
        Assert.NotNull(script);
        Assert.Contains("EventSource(\"/__oneonone/events\")", script.TextContent);
        Assert.Null(page.QuerySelector(".oneonone-errors"));

        // the page's policy runs the inline script by its hash, and still no script of the page's HTML
        var csp = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains(OneOnOne.Journal.Site.SiteScripts.HashSource(script.TextContent), csp);
        Assert.Contains("'strict-dynamic'", csp);
        Assert.DoesNotContain(Directory.EnumerateFiles(_journal.Output, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("__oneonone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_a_note_sends_a_reload_event_and_the_page_shows_the_change()
    {
        await using var events = await EventListener.ConnectAsync(_http);
        var bobBefore = File.GetLastWriteTimeUtc(Path.Combine(_journal.Output, "notes", "2026", "2026-03-05-bob-stone", "index.html"));

        WriteNote("We talked about the promotion packet instead.");
        await events.NextReloadAsync();

        var page = new HtmlParser().ParseDocument(await _http.GetStringAsync(NoteUrl));
        Assert.Contains("promotion packet instead", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("search rollout", page.QuerySelector("main")!.TextContent);

        // only what the change affects was rewritten: another person's note page kept its file
        Assert.Equal(bobBefore, File.GetLastWriteTimeUtc(Path.Combine(_journal.Output, "notes", "2026", "2026-03-05-bob-stone", "index.html")));
    }

    [Fact]
    public async Task A_save_reloads_its_note_and_person_pages_first_and_the_journal_wide_pages_after()
    {
        await using var events = await EventListener.ConnectAsync(_http);
        _journal.Write(NotePath, "---\ndate: 2026-03-04\nwith: alice-chen\ntitle: Hiring plan\n---\n## Notes\nWe talked about hiring.\n");

        var early = await events.NextReloadAsync();
        Assert.Contains("\"/notes/2026/2026-03-04-alice-chen/\"", early);
        Assert.Contains("\"/people/alice-chen/\"", early);
        Assert.DoesNotContain("\"/notes/\"", early);
        Assert.DoesNotContain("\"/notes/2026/\"", early);
        Assert.DoesNotContain("bob-stone", early);
        Assert.Contains("Hiring plan", await _http.GetStringAsync(NoteUrl));

        // the notes of 2026 (its row shows the new title) and the search page follow in the same build's later event
        var late = await events.NextReloadAsync();
        Assert.Contains("\"/notes/2026/\"", late);
        Assert.Contains("\"/search/\"", late);
        Assert.DoesNotContain("\"/notes/2026/2026-03-04-alice-chen/\"", late);
        Assert.Contains("Hiring plan", await _http.GetStringAsync("notes/2026/"));
    }

    [Fact]
    public async Task Adding_and_deleting_a_note_updates_the_timeline_and_removes_the_page()
    {
        await using var events = await EventListener.ConnectAsync(_http);
        _journal.Note("2026-03-11-alice-chen", "date: 2026-03-11\nwith: alice-chen\ntitle: Second meeting", "## Notes\nMore.\n");
        await WaitForAsync(events, async () => (await _http.GetStringAsync("people/alice-chen/")).Contains("Second meeting", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("notes/2026/2026-03-11-alice-chen/")).StatusCode);

        File.Delete(Path.Combine(_journal.Root, "input", "notes", "2026", "2026-03-11-alice-chen.md"));
        await WaitForAsync(events, async () => !(await _http.GetStringAsync("people/alice-chen/")).Contains("Second meeting", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("notes/2026/2026-03-11-alice-chen/")).StatusCode);
    }

    [Fact]
    public async Task Edits_after_a_rename_a_new_folder_and_an_editors_temp_file_still_list_every_note()
    {
        // rebuilds that only saw edits reuse the previous listing of input/notes; any other change lists it again
        await using var events = await EventListener.ConnectAsync(_http);
        var notes = Path.Combine(_journal.Root, "input", "notes", "2026");
        File.WriteAllText(Path.Combine(notes, "4913"), "");
        File.WriteAllText(Path.Combine(notes, ".2026-03-04-alice-chen.md.swp"), "swap");
        WriteNote("Edited next to an editor's temp files.");
        await WaitForAsync(events, async () => (await _http.GetStringAsync(NoteUrl)).Contains("temp files", StringComparison.Ordinal));

        File.Move(Path.Combine(notes, "2026-03-05-bob-stone.md"), Path.Combine(notes, "2026-03-06-bob-stone.md"));
        await WaitForAsync(events, async () => (await _http.GetAsync("notes/2026/2026-03-06-bob-stone/")).StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("notes/2026/2026-03-05-bob-stone/")).StatusCode);

        _journal.Note("2027-01-04-alice-chen", "date: 2027-01-04\nwith: alice-chen\ntitle: New year", "## Notes\nA new folder.\n");
        await WaitForAsync(events, async () => (await _http.GetStringAsync("people/alice-chen/")).Contains("New year", StringComparison.Ordinal));

        WriteNote("One more edit.");
        await WaitForAsync(events, async () => (await _http.GetStringAsync(NoteUrl)).Contains("One more edit", StringComparison.Ordinal));
        var timeline = await _http.GetStringAsync("people/alice-chen/");
        Assert.Contains("New year", timeline);
        Assert.Contains("Search rollout", timeline);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("notes/2026/2026-03-06-bob-stone/")).StatusCode);
    }

    [Fact]
    public async Task A_broken_note_shows_an_error_panel_on_every_page_until_it_is_fixed()
    {
        await using var events = await EventListener.ConnectAsync(_http);
        _journal.Write(NotePath, "---\ndate: 2026-03-04\nwith: alice-chen\nmood: [oops\n---\nBody\n");
        await WaitForAsync(events, async () => (await _http.GetStringAsync("")).Contains("oneonone-errors", StringComparison.Ordinal));

        foreach (var url in new[] { "", "people/", "notes/2026/2026-03-05-bob-stone/" })
        {
            var panel = new HtmlParser().ParseDocument(await _http.GetStringAsync(url)).QuerySelector("aside.oneonone-errors[role=alert]");
            Assert.NotNull(panel);
            Assert.Contains("input/notes/2026/2026-03-04-alice-chen.md:", panel!.TextContent);
        }

        // the server kept running and serves the stylesheet of the panel
        Assert.Equal("text/css", (await _http.GetAsync("/__oneonone/preview.css")).Content.Headers.ContentType?.MediaType);

        WriteNote("Fixed again.");
        await WaitForAsync(events, async () => !(await _http.GetStringAsync("")).Contains("oneonone-errors", StringComparison.Ordinal));
        Assert.Contains("Fixed again.", await _http.GetStringAsync(NoteUrl));
    }

    [Fact]
    public async Task A_save_that_nests_markdown_too_deeply_is_an_error_and_the_next_save_that_fixes_it_still_rebuilds()
    {
        // issue #14: Markdig's depth exception used to end the build, and with it every later rebuild of the preview
        await using var events = await EventListener.ConnectAsync(_http);
        WriteNote(new string('>', 10_000) + " too deep");
        await WaitForAsync(events, async () => (await _http.GetStringAsync("")).Contains("oneonone-errors", StringComparison.Ordinal));
        var panel = new HtmlParser().ParseDocument(await _http.GetStringAsync("")).QuerySelector("aside.oneonone-errors")!;
        Assert.Contains("input/notes/2026/2026-03-04-alice-chen.md:7", panel.TextContent);
        Assert.Contains("nested too deeply", panel.TextContent);
        Assert.Contains("too deep", new HtmlParser().ParseDocument(await _http.GetStringAsync(NoteUrl)).QuerySelector("pre.markdown-source")!.TextContent);

        WriteNote("Flat again.");
        await WaitForAsync(events, async () => !(await _http.GetStringAsync("")).Contains("oneonone-errors", StringComparison.Ordinal));
        Assert.Contains("Flat again.", await _http.GetStringAsync(NoteUrl));
    }

    [Fact]
    public async Task A_theme_template_or_css_change_shows_without_a_restart()
    {
        await using var events = await EventListener.ConnectAsync(_http);
        var layout = Path.Combine(_journal.Root, "theme", "layouts", "note.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p class=\"theme-marker\">Theme edited</p>\n");
        var css = Path.Combine(_journal.Root, "theme", "assets", "site.css");
        File.AppendAllText(css, "\n.theme-marker { color: rebeccapurple; }\n");

        await WaitForAsync(events, async () =>
            (await _http.GetStringAsync(NoteUrl)).Contains("theme-marker", StringComparison.Ordinal)
            && (await _http.GetStringAsync("assets/site.css")).Contains("rebeccapurple", StringComparison.Ordinal));
    }

    private void WriteNote(string notes) =>
        _journal.Write(NotePath, $"---\ndate: 2026-03-04\nwith: alice-chen\ntitle: Search rollout\n---\n## Notes\n{notes}\n");

    /// <summary>Waits for reload events until <paramref name="done"/> holds (a save can arrive as several events).</summary>
    private static async Task WaitForAsync(EventListener events, Func<Task<bool>> done)
    {
        for (var i = 0; i < 10; i++)
        {
            await events.NextReloadAsync();
            if (await done())
            {
                return;
            }
        }

        Assert.Fail("the change did not show after 10 reload events");
    }
}
