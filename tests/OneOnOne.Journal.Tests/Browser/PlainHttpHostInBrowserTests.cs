using System.Collections.Concurrent;
using Microsoft.Playwright;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>
/// Issue #20, item 1: an encrypted publish on a plain-http intranet host. The site is published by the CLI with its
/// nginx configuration (<c>--host nginx</c>, base path <c>/journal/</c>), served by Debian's nginx, and opened in
/// Chromium under a host name that is not localhost: the page has no WebCrypto, unlocks with the vendored noble
/// libraries at the product's 600,000 PBKDF2 iterations, browses, searches, refuses a wrong passphrase, loads nothing
/// from another host, and every response carries the headers of item 2.
/// </summary>
public sealed class PlainHttpHostInBrowserTests(IntranetBrowserFixture browser) : IClassFixture<IntranetBrowserFixture>
{
    private const string Passphrase = "copper lantern meadow violet";

    [Fact]
    public async Task An_encrypted_site_on_plain_http_unlocks_browses_and_searches_without_webcrypto()
    {
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen\ncadence: weekly")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: Roadmap sync", "## Notes\nWe talked about the zeppelin migration.\n\n## Action items\n- [ ] @alice Draft the plan");
        var publish = await ProgramRunner.RunAsync(journal.Root, new Dictionary<string, string> { ["JOURNAL_PASSPHRASE"] = Passphrase },
            "publish", "--base-path", "/journal/", "--host", "nginx");
        Assert.True(publish.ExitCode == 0, publish.Stderr);

        using var nginx = NginxServer.Start(Path.Combine(HostConfigs.FolderFor(journal.Output), "nginx.conf"));
        var origin = $"http://{IntranetBrowserFixture.HostName}:{nginx.Port}";
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        var responses = new ConcurrentBag<IResponse>();
        var otherHosts = new ConcurrentBag<string>();
        page.Response += (_, response) => responses.Add(response);
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url) is { Scheme: "http" or "https" or "ws" or "wss" } uri && uri.Host != IntranetBrowserFixture.HostName)
            {
                otherHosts.Add(request.Url);
            }
        };

        await page.GotoAsync(origin + "/journal/");
        Assert.Equal("Locked journal", await page.TitleAsync());
        // the point of the test: this page is what an intranet reader gets, with no WebCrypto
        Assert.False(await page.EvaluateAsync<bool>("window.isSecureContext"));
        Assert.True(await page.EvaluateAsync<bool>("window.crypto.subtle === undefined"));
        Assert.Contains("the host and anyone on the network path", await page.InnerTextAsync("#unlock-http-warning"));

        // a wrong passphrase: the key is derived (progress shown meanwhile), the page's tag does not verify
        await page.FillAsync("#passphrase", "not the right passphrase");
        await page.ClickAsync("#unlock-form button");
        var progress = await page.WaitForSelectorAsync("#unlock-progress, #unlock-status:has-text('Wrong'), #unlock-status:has-text('could not')", new() { Timeout = 5_000 });
        Assert.True(await progress!.GetAttributeAsync("id") == "unlock-progress",
            $"no progress shown; the page said: {await page.InnerTextAsync("#unlock-status")} {string.Join(" | ", observed.ConsoleErrors)}");
        var shown = await progress.InnerTextAsync();
        Assert.Contains("Deriving the key", shown);
        // the elapsed time moves while noble derives (its yields must leave the page's own timer room to run)
        var moved = await page.WaitForFunctionAsync(
            "shown => { const p = document.getElementById('unlock-progress'); return p ? (p.innerText !== shown ? 'moved' : false) : 'gone'; }",
            shown, new() { Timeout = 5_000 });
        Assert.Equal("moved", await moved.JsonValueAsync<string>());
        await page.WaitForSelectorAsync("#unlock-status:has-text('Wrong passphrase')", new() { Timeout = 90_000 });
        Assert.Equal(0, await page.Locator("#unlock-progress").CountAsync());

        await IntranetBrowserFixture.UnlockAsync(page, Passphrase);
        Assert.Equal(0, await page.Locator("#unlock-http-warning").CountAsync());

        // browse to the person's page: a new sealed page, opened with the key kept for the tab
        await page.ClickAsync("nav[aria-label=Main] >> text=People");
        await page.WaitForSelectorAsync("h1:has-text('People')", new() { Timeout = 15_000 });
        await page.ClickAsync("text=Alice Chen");
        await page.WaitForSelectorAsync("h1:has-text('Alice Chen')", new() { Timeout = 15_000 });
        Assert.Contains(origin + "/journal/s/", page.Url);

        // search: the sealed shards decrypt with the same fallback
        // a sealed page loads search.js after it is decrypted: "/" before that goes nowhere
        await IntranetBrowserFixture.WaitForSearchAsync(page);
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("zeppelin");
        await page.Locator("#site-search-results[data-query=\"zeppelin\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        Assert.Equal("Roadmap sync", await page.Locator("#site-search-results .search-title").First.InnerTextAsync());

        // the fallback came from the site itself: the vendored module files, served as JavaScript
        var urls = responses.Select(r => r.Url).ToList();
        foreach (var module in new[] { "noble-hashes-2.4.0/pbkdf2.js", "noble-hashes-2.4.0/sha2.js", "noble-ciphers-2.4.0/aes.js" })
        {
            var response = Assert.Single(responses, r => r.Url == origin + "/journal/assets/vendor/" + module && r.Status == 200);
            Assert.Contains("javascript", (await response.AllHeadersAsync())["content-type"], StringComparison.Ordinal);
        }

        // every response (pages, scripts, search shards, vendored modules) carries the headers of item 2
        Assert.True(responses.Count >= 10, string.Join("\n", urls));
        foreach (var response in responses)
        {
            var headers = await response.AllHeadersAsync();
            foreach (var (name, value) in HostHeaders.All)
            {
                Assert.True(headers.TryGetValue(name.ToLowerInvariant(), out var actual), $"{response.Url} has no {name} header");
                Assert.Equal(value, actual);
            }
        }

        Assert.Empty(otherHosts);
        Assert.Empty(observed.ConsoleErrors.Select(e => e + " @ " + page.Url));
    }

    /// <summary>
    /// The issue's "done when" as one chain: <c>deploy</c> to a web root (a folder target), served by nginx with the
    /// configuration <c>publish --host nginx</c> generated (its root lines pointed at the web root, as its comment says),
    /// read in Chromium over plain http from an intranet name: unlock with the noble fallback, and search.
    /// </summary>
    [Fact]
    public async Task A_deployed_journal_on_an_http_only_nginx_unlocks_and_searches()
    {
        using var temp = new TempJournal();
        var webRoot = Path.Combine(temp.Root, "www", "journal-site");
        Directory.CreateDirectory(Path.GetDirectoryName(webRoot)!); // the web server's folder exists; deploy refuses a missing parent (an unmounted share)
        using var journal = new DeployJournal($"deploy:\n  folder: {webRoot}\n");
        var publish = await ProgramRunner.RunAsync(journal.Root, new Dictionary<string, string> { ["JOURNAL_PASSPHRASE"] = DeployJournal.Passphrase },
            "publish", "--base-path", "/journal/", "--host", "nginx", "--today", "2026-06-30");
        Assert.True(publish.ExitCode == 0, publish.Stderr);
        var deploy = journal.Deploy(null, "--base-path", "/journal/");
        Assert.True(deploy.ExitCode == 0, deploy.Stdout + deploy.Stderr);
        Assert.True(File.Exists(Path.Combine(webRoot, "index.html")), deploy.Stdout + deploy.Stderr);

        var generated = File.ReadAllText(Path.Combine(HostConfigs.FolderFor(journal.Journal.Output), "nginx.conf"));
        Assert.Contains(journal.Journal.Output, generated, StringComparison.Ordinal);
        var snippet = Path.Combine(temp.Root, "journal-nginx.conf");
        File.WriteAllText(snippet, generated.Replace(journal.Journal.Output, webRoot, StringComparison.Ordinal));
        using var nginx = NginxServer.Start(snippet);

        var origin = $"http://{IntranetBrowserFixture.HostName}:{nginx.Port}";
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(origin + "/journal/");
        Assert.Equal("Locked journal", await page.TitleAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.crypto.subtle === undefined"));
        await IntranetBrowserFixture.UnlockAsync(page, DeployJournal.Passphrase);

        await IntranetBrowserFixture.WaitForSearchAsync(page);
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("rota");
        await page.Locator("#site-search-results[data-query=\"rota\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("main:has-text('On-call rota')", new() { Timeout = 15_000 });
        Assert.StartsWith(origin + "/journal/", page.Url, StringComparison.Ordinal);
        Assert.Empty(observed.ConsoleErrors.Select(e => e + " @ " + page.Url));
    }
}
