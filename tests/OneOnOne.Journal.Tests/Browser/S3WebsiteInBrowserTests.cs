using System.Collections.Concurrent;
using Microsoft.Playwright;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>
/// Issue #20's "done when" for the bucket: <c>oneonone deploy</c> puts an encrypted journal under a prefix of an
/// S3-compatible bucket (npm's s3rver) configured for static website hosting, and a colleague with the passphrase reads
/// and searches it in Chromium over plain http from an intranet host name, so with the noble fallback (no WebCrypto).
/// The bucket is named after that host name, as AWS requires for a bucket behind a CNAME, which is also how s3rver
/// tells a website request from an API one (<see cref="S3rverServer.StartWebsite"/>).
/// </summary>
public sealed class S3WebsiteInBrowserTests(IntranetBrowserFixture browser) : IClassFixture<IntranetBrowserFixture>
{
    private const string Prefix = "journal/";

    [Fact]
    public async Task A_journal_deployed_to_an_S3_website_bucket_unlocks_browses_and_searches_over_plain_http()
    {
        using var server = S3rverServer.StartWebsite(IntranetBrowserFixture.HostName, errorDocumentKey: Prefix + "404.html");
        using var journal = new DeployJournal($"deploy:\n  s3: {IntranetBrowserFixture.HostName}\n  prefix: {Prefix}\n  endpoint: {server.Endpoint}\n");
        var deploy = journal.Deploy(S3rverServer.Credentials, "--base-path", "/" + Prefix);
        Assert.True(deploy.ExitCode == 0, deploy.Stdout + deploy.Stderr);

        var origin = $"http://{IntranetBrowserFixture.HostName}:{server.Port}";
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        var responses = new ConcurrentQueue<IResponse>();
        page.Response += (_, response) => responses.Enqueue(response);

        // the bucket's website answers the prefix's folder with its index document
        var entry = await page.GotoAsync(origin + "/" + Prefix);
        Assert.Equal(200, entry!.Status);
        Assert.Equal("Locked journal", await page.TitleAsync());
        Assert.False(await page.EvaluateAsync<bool>("window.isSecureContext"));
        Assert.True(await page.EvaluateAsync<bool>("window.crypto.subtle === undefined"));

        await IntranetBrowserFixture.UnlockAsync(page, "not the right passphrase", opens: false);
        Assert.Equal(0, await page.Locator("nav[aria-label=Main]").CountAsync());

        await IntranetBrowserFixture.UnlockAsync(page, DeployJournal.Passphrase);

        // a link to a person's page: a sealed page, s/<name>/index.html (links name the file, so the site also reads from disk)
        await page.ClickAsync("nav[aria-label=Main] >> text=People");
        await page.WaitForSelectorAsync("h1:has-text('People')", new() { Timeout = 15_000 });
        await page.ClickAsync("text=Bob Stone");
        await page.WaitForSelectorAsync("h1:has-text('Bob Stone')", new() { Timeout = 15_000 });
        var person = page.Url;
        Assert.StartsWith(origin + "/" + Prefix + "s/", person, StringComparison.Ordinal);
        Assert.EndsWith("/index.html", person, StringComparison.Ordinal);

        // its clean URL (an address shared or bookmarked without the file name) is answered by the index document,
        // and without its slash is redirected to it, as S3's website endpoint does
        var clean = person[..^"index.html".Length];
        var folder = await page.GotoAsync(clean);
        Assert.Equal(200, folder!.Status);
        await page.WaitForSelectorAsync("h1:has-text('Bob Stone')", new() { Timeout = 15_000 });
        var unslashed = await page.GotoAsync(clean.TrimEnd('/'));
        Assert.Equal(200, unslashed!.Status);
        Assert.Equal(clean, page.Url);
        await page.WaitForSelectorAsync("h1:has-text('Bob Stone')", new() { Timeout = 15_000 });

        // search a word of one note and open the hit
        await IntranetBrowserFixture.WaitForSearchAsync(page);
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("rota");
        await page.Locator("#site-search-results[data-query=\"rota\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("main:has-text('On-call rota')", new() { Timeout = 15_000 });
        Assert.StartsWith(origin + "/" + Prefix + "s/", page.Url, StringComparison.Ordinal);
        Assert.Empty(observed.ConsoleErrors.Select(e => e + " @ " + page.Url));

        // what the bucket served carries the deploy's metadata: the fallback's modules as JavaScript (a module script
        // with another type is refused), and no-cache on everything, since nothing in a publish is fingerprinted
        foreach (var module in new[] { "noble-hashes-2.4.0/pbkdf2.js", "noble-hashes-2.4.0/sha2.js", "noble-ciphers-2.4.0/aes.js" })
        {
            var response = Assert.Single(responses, r => r.Url == origin + "/" + Prefix + "assets/vendor/" + module && r.Status == 200);
            Assert.Equal("text/javascript; charset=utf-8", (await response.AllHeadersAsync())["content-type"]);
        }

        // the first response per address: a later one may be a revalidation, which s3rver answers 304 with no headers
        // at all and Chromium reports with the cached body but not its Cache-Control
        var served = responses.Where(r => r.Status == 200).GroupBy(r => r.Url).Select(g => g.First()).ToList();
        Assert.True(served.Count >= 10, string.Join("\n", served.Select(r => r.Url)));
        foreach (var response in served)
        {
            var headers = await response.AllHeadersAsync();
            Assert.True(headers.TryGetValue("cache-control", out var cache) && cache == HostHeaders.CacheControl, $"{response.Url}: Cache-Control {cache}");
        }

        // a missing page under the prefix: status 404 and the site's own 404 page, which opens with the tab's key
        // although it is served at another depth than its own
        var missing = await page.GotoAsync(origin + "/" + Prefix + "no-such-page/");
        Assert.Equal(404, missing!.Status);
        await page.WaitForSelectorAsync("h1:has-text('Page not found')", new() { Timeout = 15_000 });
        await page.ClickAsync("text=Back to the dashboard");
        await page.WaitForSelectorAsync("nav[aria-label=Main]", new() { Timeout = 15_000 });
        Assert.Equal(origin + "/" + Prefix + "index.html", page.Url);
    }
}
