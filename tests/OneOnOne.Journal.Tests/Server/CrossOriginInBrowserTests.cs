using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>
/// A page of another origin, open in Debian's Chromium at the same time as the preview, cannot read the journal
/// (issue #14, item 5): the search shards are scripts that call <c>window.__oneononeSearch.add</c>, so such a page
/// would only have to define that function and load a shard with a <c>&lt;script&gt;</c> tag.
/// </summary>
public sealed class CrossOriginInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private ServedJournal _served = null!;
    private StaticServer _attacker = null!;
    private readonly string _attackerFolder = Directory.CreateTempSubdirectory("oneonone-attacker-").FullName;

    public async Task InitializeAsync()
    {
        _served = await ServedJournal.StartAsync(live: true);
        await File.WriteAllTextAsync(Path.Combine(_attackerFolder, "index.html"), "<!DOCTYPE html><title>another site</title><p>nothing to see</p>");
        _attacker = await StaticServer.StartAsync(_attackerFolder);
    }

    public async Task DisposeAsync()
    {
        await _attacker.DisposeAsync();
        await _served.DisposeAsync();
        Directory.Delete(_attackerFolder, recursive: true);
    }

    [Theory]
    [InlineData("127.0.0.1")] // another port of the same host: same-site
    [InlineData("localhost")] // another host name: cross-site
    public async Task A_page_of_another_origin_cannot_read_a_search_shard_or_the_reload_stream(string journalHost)
    {
        var shards = Directory.EnumerateFiles(Path.Combine(_served.Journal.Output, "search"), "*.js").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(shards);
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(_attacker.BaseUrl);
        var journal = $"http://{journalHost}:{_served.Server.Port}/";

        // what the attack needs: the shard runs and calls the page's own function with the note's text
        var outcome = await page.EvaluateAsync<string[]>(
            """
            async ([journal, shards]) => {
              const stolen = [];
              window.__oneononeSearch = { add: (kind, key, payload) => stolen.push(kind + ":" + key), decode: () => null };
              const results = [];
              for (const shard of shards) {
                results.push(await new Promise(done => {
                  const s = document.createElement("script");
                  s.src = journal + "search/" + shard;
                  s.onload = () => done("loaded " + shard);
                  s.onerror = () => done("refused " + shard);
                  document.head.appendChild(s);
                }));
              }
              const events = await new Promise(done => {
                const source = new EventSource(journal + "__oneonone/events");
                source.onopen = () => { source.close(); done("stream open"); };
                source.onerror = () => { source.close(); done("stream refused"); };
              });
              return results.concat([events], stolen.map(s => "stole " + s));
            }
            """,
            new object[] { journal, shards });

        Assert.DoesNotContain(outcome, o => o.StartsWith("stole", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome, o => o.StartsWith("loaded", StringComparison.Ordinal));
        Assert.Contains("stream refused", outcome);
    }

    [Fact]
    public async Task The_journals_own_pages_still_search_and_connect_to_the_reload_stream()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(_served.Server.Url + "search/?q=rollout");
        await page.Locator(".search-result .search-title").First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("Search rollout", await page.Locator(".search-result .search-title").AllInnerTextsAsync());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_served.Server.Clients == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, _served.Server.Clients);
        Assert.Empty(observed.ConsoleErrors);
    }
}
