using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>Search on the encrypted, published sample site: shards sealed with the pages' key, names opaque, private notes absent.</summary>
public sealed class SearchPublishedInBrowserTests(BrowserFixture browser, PublishedSample site) : IClassFixture<BrowserFixture>, IClassFixture<PublishedSample>
{
    [Fact]
    public void The_published_index_is_sealed_and_its_file_names_say_nothing()
    {
        var files = Directory.GetFiles(Path.Combine(site.Output, "search"), "*.js");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches("^(meta|dates|terms-\\d+|docs-\\d+|f-\\d+)\\.js$", Path.GetFileName(f)));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Matches("^window\\.__oneononeSearch\\.add\\(\"[a-z]+\",\"\\d*\",\"[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+\"\\);\\n$", text);
        }
    }

    [Fact]
    public async Task After_unlocking_the_header_box_finds_a_word_and_opens_the_note()
    {
        await using var server = await StaticServer.StartAsync(site.Output, "/team/journal/");
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(server.BaseUrl);
        await page.FillAsync("#passphrase", PublishedSample.Passphrase);
        await page.ClickAsync("#unlock-form button");
        await page.WaitForSelectorAsync("h1:has-text(\"Sam's 1:1 journal\")", new() { Timeout = 30_000 });

        // a sealed page loads search.js after it is decrypted: "/" before that goes nowhere
        await page.WaitForFunctionAsync("() => window.__oneononeSearch && window.__oneononeSearch.ready === true", null, new() { Timeout = 15_000 });
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("reorg");
        await page.Locator("#site-search-results[data-query=\"reorg\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        Assert.Equal("Reorg wrap-up", await page.Locator("#site-search-results .search-title").First.InnerTextAsync());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("h1:has-text('Reorg wrap-up')", new() { Timeout = 15_000 });
        Assert.Contains("/team/journal/s/", page.Url);
        Assert.DoesNotContain("dana", page.Url);

        // the private note of the sample journal is not in the published index
        // a sealed page loads search.js after it is decrypted: "/" before that goes nowhere
        await page.WaitForFunctionAsync("() => window.__oneononeSearch && window.__oneononeSearch.ready === true", null, new() { Timeout = 15_000 });
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("external offer ");
        await page.Locator("#site-search-results[data-query=\"external offer \"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        Assert.DoesNotContain("The external offer", await page.Locator("#site-search-results").InnerTextAsync());
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ExternalRequests);
    }
}
