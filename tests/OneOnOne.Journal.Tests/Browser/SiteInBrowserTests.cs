using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>The built sample site in real Chromium: from file:// and from a static host under a sub-path.</summary>
public sealed class SiteInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly TempJournal _journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));

    public async Task InitializeAsync() => await _journal.BuildAsync(today: new DateOnly(2026, 11, 22));

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task From_disk_the_navigation_reaches_people_notes_and_prep_sheets_with_no_error_and_no_request_out()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(new Uri(Path.Combine(_journal.Output, "index.html")).AbsoluteUri);
        Assert.Equal("Dashboard · Sam's 1:1 journal", await page.TitleAsync());

        await page.ClickAsync("nav[aria-label=Main] >> text=People");
        Assert.EndsWith("/people/index.html", page.Url);
        await page.ClickAsync("text=Priya Nair");
        Assert.EndsWith("/people/priya-nair/index.html", page.Url);
        Assert.Equal("Priya Nair", await page.InnerTextAsync("h1"));

        await page.ClickAsync("text=Prep sheet for the next 1:1");
        Assert.EndsWith("/prep/people/priya-nair/index.html", page.Url);
        await page.ClickAsync(".crumbs >> text=Prep sheets");
        await page.ClickAsync("table a:text-is(\"Skip-level 1:1\")");
        Assert.EndsWith("/prep/skip-level/index.html", page.Url);

        // the stylesheet applied (CSP allowed it): the header is laid out as flex
        var display = await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display");
        Assert.Equal("flex", display);
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ExternalRequests);
    }

    [Fact]
    public async Task On_a_static_host_under_a_sub_path_links_and_assets_resolve()
    {
        await using var server = await StaticServer.StartAsync(_journal.Output, "/team/journal/");
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        var response = await page.GotoAsync(server.BaseUrl);
        Assert.Equal(200, response!.Status);
        await page.ClickAsync("nav[aria-label=Main] >> text=Goals");
        Assert.StartsWith(server.BaseUrl + "goals/", page.Url);
        var firstGoal = page.Locator(".goals-table a").First;
        await firstGoal.ClickAsync();
        Assert.Contains("/team/journal/goals/", page.Url);
        Assert.True(await page.Locator("svg.chart-progress[role=img][aria-label]").CountAsync() == 1);
        var display = await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display");
        Assert.Equal("flex", display);
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ExternalRequests);
    }

    [Fact]
    public async Task On_a_390_px_phone_action_tables_fit_the_screen_and_chart_labels_are_at_least_11_px()
    {
        var observed = await browser.NewPageAsync(new Microsoft.Playwright.BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = observed.Page;
        var review = Directory.EnumerateFiles(Path.Combine(_journal.Output, "review"), "index.html", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("chart-months", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (var file in new[] { Path.Combine(_journal.Output, "actions", "index.html"), Path.Combine(_journal.Output, "people", "priya-nair", "index.html"), Path.Combine(_journal.Output, "goals", "priya-nair", "lead-search-migration", "index.html"), review })
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            var name = Path.GetRelativePath(_journal.Output, file);
            // every state cell is on screen, and the page does not scroll sideways
            var offScreen = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.actions-table td:last-child')].filter(td => td.getBoundingClientRect().right > window.innerWidth + 0.5).length");
            if (offScreen > 0)
            {
                problems.Add($"{name}: {offScreen} state cells off-screen");
            }

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > 390)
            {
                problems.Add($"{name}: the page is {scrollWidth} px wide");
            }

            // a chart label's size on screen: its font size in the SVG's units times the SVG's scale
            var smallest = await page.EvaluateAsync<double>("""
                () => Math.min(Infinity, ...[...document.querySelectorAll('svg.chart text')].map(t => {
                  const svg = t.ownerSVGElement, box = svg.viewBox.baseVal;
                  return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / box.width;
                }))
                """);
            if (smallest < 11)
            {
                problems.Add($"{name}: a chart label is {smallest:0.0} px");
            }
        }

        Assert.Empty(problems);
        Assert.True(await page.Locator("svg.chart-months text").CountAsync() > 0, "the review page has a chart to measure");
    }
}
