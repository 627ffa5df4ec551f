using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>A person's year in review in real Chromium: no CSP error, the charts shown, and print on A4 and Letter.</summary>
public sealed partial class ReviewInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly TempJournal _journal = ReviewJournal.Create();

    public async Task InitializeAsync() => await _journal.BuildAsync(today: ReviewJournal.Today);

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ObservedPage> OpenAsync(string relative)
    {
        var observed = await browser.NewPageAsync();
        await observed.Page.GotoAsync(new Uri(Path.Combine(_journal.Output, relative)).AbsoluteUri);
        return observed;
    }

    [Fact]
    public async Task The_review_reached_from_the_person_page_shows_its_charts_with_no_error_and_no_request_out()
    {
        var observed = await OpenAsync("people/alice/index.html");
        var page = observed.Page;
        await page.ClickAsync("text=Year in review 2025");
        Assert.EndsWith("/review/2025/alice/index.html", page.Url);
        Assert.Equal("What Alice Chen achieved", await page.InnerTextAsync("#achieved-h"));

        var bar = page.Locator("svg.chart-months rect.bar").First;
        Assert.True((await bar.BoundingBoxAsync())!.Height > 10, "the month bars are drawn");
        Assert.Equal(1, await page.Locator("svg.chart-mood[role=img][aria-label]").CountAsync());
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ExternalRequests);
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task Printing_starts_the_later_sections_on_new_pages_with_the_navigation_hidden_and_grey_bars(string format)
    {
        var observed = await OpenAsync("review/2025/alice/index.html");
        var page = observed.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal("none", await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).display"));
        Assert.Equal("page", await page.EvalOnSelectorAsync<string>("[aria-labelledby=goals-h]", "e => getComputedStyle(e).breakBefore"));
        Assert.Equal("rgb(187, 187, 187)", await page.EvalOnSelectorAsync<string>("svg.chart-months rect.bar", "e => getComputedStyle(e).fill"));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
        var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        Assert.True(pages is >= 4 and <= 8, $"expected 4 to 8 {format} pages (the summary, then goals, meetings and evidence on new pages), got {pages}");
    }

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPage();
}
