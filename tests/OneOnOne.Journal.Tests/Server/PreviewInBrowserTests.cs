using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>A page open in Debian's Chromium during preview shows a saved change by itself.</summary>
public sealed class PreviewInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly TempJournal _journal = new();
    private PreviewSession _preview = null!;

    public async Task InitializeAsync()
    {
        _journal.Person("alice-chen", "name: Alice Chen\ncadence: weekly");
        Write("First version of the notes.");
        _preview = await PreviewSession.StartAsync(_journal.Options(BuildMode.Preview), 0);
    }

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _journal.Dispose();
    }

    [Fact]
    public async Task An_open_page_shows_a_saved_change_and_the_error_panel_without_a_manual_reload()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(_preview.Server.Url + "notes/2026/2026-03-04-alice-chen/");
        Assert.Contains("First version", await page.InnerTextAsync("main"));
        await WaitForClientAsync();

        Write("Second version, saved in the editor.");
        await page.WaitForSelectorAsync("text=Second version, saved in the editor.", new() { Timeout = 30_000 });

        _journal.Write("notes/2026/2026-03-04-alice-chen.md", "---\ndate: 2026-03-04\nwith: alice-chen\nmood: [oops\n---\nBroken.\n");
        await page.WaitForSelectorAsync("aside.oneonone-errors", new() { Timeout = 30_000 });
        Assert.Contains("input/notes/2026/2026-03-04-alice-chen.md:", await page.InnerTextAsync("aside.oneonone-errors"));

        // the panel's stylesheet applied under the page's CSP
        Assert.Equal("fixed", await page.EvalOnSelectorAsync<string>("aside.oneonone-errors", "e => getComputedStyle(e).position"));
        Assert.True(observed.ConsoleErrors.Count == 0, string.Join("\n", observed.ConsoleErrors));
        Assert.Empty(observed.ExternalRequests);
    }

    [Fact]
    public async Task A_reload_sent_before_the_page_listens_still_reaches_it()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/__oneonone/events", async route =>
        {
            requested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(_preview.Server.Url + "notes/2026/2026-03-04-alice-chen/");
        Assert.Contains("First version", await page.InnerTextAsync("main"));

        // a build finishes while the page is still connecting: its file is new, and the reload goes to nobody
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _preview.Server.Clients);
        var file = Path.Combine(_journal.Output, "notes", "2026", "2026-03-04-alice-chen", "index.html");
        File.WriteAllText(file, File.ReadAllText(file).Replace("First version of the notes.", "Written while the page was connecting.", StringComparison.Ordinal));
        _preview.Server.Reload(ReloadMessage.Create(99, ["notes/2026/2026-03-04-alice-chen/index.html"]));

        release.SetResult();
        await page.WaitForSelectorAsync("text=Written while the page was connecting.", new() { Timeout = 30_000 });
        Assert.True(observed.ConsoleErrors.Count == 0, string.Join("\n", observed.ConsoleErrors));
    }

    private async Task WaitForClientAsync()
    {
        for (var i = 0; i < 100 && _preview.Server.Clients == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(_preview.Server.Clients > 0, "the page did not connect to the event stream");
    }

    private void Write(string notes) =>
        _journal.Write("notes/2026/2026-03-04-alice-chen.md", $"---\ndate: 2026-03-04\nwith: alice-chen\ntitle: Search rollout\n---\n## Notes\n{notes}\n");
}
