using Microsoft.Playwright;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>
/// A note's HTML cannot run a script or move the reader elsewhere, from disk or once a published page is unlocked
/// (issue #14, item 9), while the site's own scripts (search) still run. The note holds: a <c>&lt;script src="file:///…"&gt;</c>
/// naming a real file; a stray <c>&lt;body data-root&gt;</c> naming a folder of look-alike site scripts; a copy of the
/// site's own inline loaders (their hashes are allowed), the locked page's with a <c>#sealed</c> naming that folder; and a <c>&lt;meta http-equiv=refresh&gt;</c> to another host.
/// </summary>
public sealed class ScriptPolicyInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Passphrase = "marble kettle orbit saffron";

    private readonly TempJournal _journal = new();
    private readonly string _evil = Directory.CreateTempSubdirectory("oneonone-evil-").FullName;

    public void Dispose()
    {
        _journal.Dispose();
        Directory.Delete(_evil, recursive: true);
    }

    private async Task WriteJournalAsync(BuildMode mode)
    {
        const string Marker = "window.__evil = (window.__evil || []).concat([document.currentScript ? document.currentScript.src : 'a script']);\n";
        await File.WriteAllTextAsync(Path.Combine(_evil, "evil.js"), Marker);
        Directory.CreateDirectory(Path.Combine(_evil, "root", "assets"));
        await File.WriteAllTextAsync(Path.Combine(_evil, "root", "assets", "site.js"), Marker);
        await File.WriteAllTextAsync(Path.Combine(_evil, "root", "assets", "search.js"), Marker);
        await File.WriteAllTextAsync(Path.Combine(_evil, "root", "assets", "unlock.js"), Marker);
        var evil = new Uri(_evil + "/").AbsoluteUri;
        _journal.Person("alice-chen", "name: Alice Chen\ncadence: weekly");
        _journal.Note("2026-06-20-alice-chen", "date: 2026-06-20\nwith: alice-chen\ntitle: Rollout review", $"""
            ## Notes
            Before the attack.

            <script src="{evil}evil.js"></script>

            <body data-root="{evil}root/">

            <div><script>{OneOnOne.Journal.Site.SiteScripts.PageLoader}</script></div>

            <div id="sealed" data-root="{evil}root/"></div><script>{OneOnOne.Journal.Site.SiteScripts.LockLoader}</script>

            <meta http-equiv="refresh" content="0;url=https://attacker.example/">

            After the attack: rollout.
            """);
        var options = _journal.Options(mode);
        var result = await OneOnOne.Journal.Building.SiteBuilder.BuildAsync(mode == BuildMode.Publish ? options with { PublishKey = PublishKey.Derive(Passphrase) } : options);
        Assert.Null(result.Refused);
    }

    private static async Task AssertNothingOfTheNoteRanAsync(ObservedPage observed, bool parsed)
    {
        var page = observed.Page;
        await page.WaitForSelectorAsync("text=After the attack", new() { Timeout = 30_000 });
        var url = page.Url;

        // the site's own scripts run: the search box finds the note
        await page.FillAsync("#site-search-q", "rollout");
        await page.Locator("#site-search-results[data-query=\"rollout\"] .search-result").First.WaitForAsync(new() { Timeout = 10_000 });
        await page.WaitForTimeoutAsync(1000); // a refresh of 0 s, or a late script, has had its time
        Assert.Equal(url, page.Url);
        Assert.StartsWith("file:///", url);
        Assert.Null(await page.EvaluateAsync<string[]?>("window.__evil || null"));
        Assert.Empty(observed.ExternalRequests);
        if (parsed)
        {
            // parsed from the file, the note's <script src> is refused by the policy; set as innerHTML by unlock.js, it is never fetched
            Assert.Contains(observed.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task From_disk_a_notes_script_and_refresh_do_nothing_and_search_still_works()
    {
        await WriteJournalAsync(BuildMode.Build);
        var observed = await browser.NewPageAsync();
        await observed.Page.GotoAsync(new Uri(Path.Combine(_journal.Output, "notes/2026/2026-06-20-alice-chen/index.html")).AbsoluteUri);
        await AssertNothingOfTheNoteRanAsync(observed, parsed: true);
    }

    [Fact]
    public async Task From_disk_an_unlocked_published_note_runs_nothing_of_its_html_either()
    {
        await WriteJournalAsync(BuildMode.Publish);
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(new Uri(Path.Combine(_journal.Output, "index.html")).AbsoluteUri);
        await page.FillAsync("#passphrase", Passphrase);
        await page.ClickAsync("#unlock-form button");
        await page.ClickAsync("main >> text=Rollout review", new() { Timeout = 30_000 });
        await AssertNothingOfTheNoteRanAsync(observed, parsed: false);
    }
}
