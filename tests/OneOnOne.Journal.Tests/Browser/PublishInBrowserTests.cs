using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>The encrypted sample site on a static host under a sub-path, and from disk: unlock once, browse, wrong passphrase refused.</summary>
public sealed class PublishInBrowserTests(BrowserFixture browser, PublishedSample site) : IClassFixture<BrowserFixture>, IClassFixture<PublishedSample>
{
    private static async Task UnlockAsync(IPage page, string passphrase)
    {
        await page.FillAsync("#passphrase", passphrase);
        await page.ClickAsync("#unlock-form button");
    }

    [Fact]
    public async Task Over_http_under_a_sub_path_one_passphrase_opens_every_page_and_a_wrong_one_is_refused()
    {
        await using var server = await StaticServer.StartAsync(site.Output, "/team/journal/");
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(server.BaseUrl);
        Assert.Equal("Locked journal", await page.TitleAsync());
        Assert.Equal("This journal is locked", await page.InnerTextAsync("h1"));

        await UnlockAsync(page, "not the right passphrase");
        await page.WaitForSelectorAsync("#unlock-status:has-text('Wrong passphrase')", new() { Timeout = 30_000 });

        await UnlockAsync(page, PublishedSample.Passphrase);
        await page.WaitForSelectorAsync("h1:has-text(\"Sam's 1:1 journal\")", new() { Timeout = 30_000 });
        Assert.Equal("Dashboard · Sam's 1:1 journal", await page.TitleAsync());

        // another page: no new prompt (the derived key is kept for the tab)
        await page.ClickAsync("nav[aria-label=Main] >> text=People");
        await page.WaitForSelectorAsync("h1:has-text('People')", new() { Timeout = 15_000 });
        Assert.Contains("/team/journal/s/", page.Url);
        await page.ClickAsync("text=Priya Nair");
        await page.WaitForSelectorAsync("h1:has-text('Priya Nair')", new() { Timeout = 15_000 });
        await page.ClickAsync(".timeline .note-title >> nth=0");
        await page.WaitForSelectorAsync("article.note", new() { Timeout = 15_000 });
        Assert.DoesNotContain("priya", page.Url);

        // the private note of the sample journal is not published: Aisha's timeline does not list it
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("nav[aria-label=Main]", new() { Timeout = 15_000 });
        await page.ClickAsync("nav[aria-label=Main] >> text=People");
        await page.WaitForSelectorAsync("h1:has-text('People')");
        await page.ClickAsync("text=Aisha Rahman");
        await page.WaitForSelectorAsync("h1:has-text('Aisha Rahman')");
        Assert.DoesNotContain("2026-08-10", await page.InnerHTMLAsync(".timeline"));

        var stored = await page.EvaluateAsync<string[]>("Object.keys(sessionStorage)");
        Assert.Single(stored);
        Assert.DoesNotContain(PublishedSample.Passphrase, await page.EvaluateAsync<string>("JSON.stringify(sessionStorage)"));
        Assert.Empty(observed.ConsoleErrors.Select(e => e + " @ " + page.Url));
        Assert.Empty(observed.ExternalRequests);
    }

    [Fact]
    public async Task From_disk_the_encrypted_site_unlocks_too()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri);
        await UnlockAsync(page, PublishedSample.Passphrase);
        await page.WaitForSelectorAsync("#due-h", new() { Timeout = 30_000 });
        await page.ClickAsync("nav[aria-label=Main] >> text=Goals");
        await page.WaitForSelectorAsync("h1:has-text('Goals')", new() { Timeout = 15_000 });
        Assert.Empty(observed.ConsoleErrors);
    }
}
