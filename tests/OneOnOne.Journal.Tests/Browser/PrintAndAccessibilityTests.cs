using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>Prep sheets print on one page per side of the table (a person's sheet: one page; A4 and US Letter); pages have no serious axe-core findings in light and dark mode.</summary>
public sealed partial class PrintAndAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly TempJournal _journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));

    public async Task InitializeAsync() => await _journal.BuildAsync(today: new DateOnly(2026, 11, 22));

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }

    private string Url(string relative) => new Uri(Path.Combine(_journal.Output, relative)).AbsoluteUri;

    [Fact]
    public async Task Every_prep_sheet_prints_on_one_page_per_side_in_A4_and_Letter()
    {
        var observed = await browser.NewPageAsync();
        var sheets = Directory.EnumerateFiles(Path.Combine(_journal.Output, "prep"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_journal.Output, f))
            .Where(f => f != Path.Combine("prep", "index.html"))
            .ToList();
        Assert.True(sheets.Count >= 9 + 8, "nine type sheets and a sheet per person");
        var tooLong = new List<string>();
        foreach (var sheet in sheets)
        {
            await observed.Page.GotoAsync(Url(sheet));
            // a type's sheet starts each side of the table on a new page, and each side must fit on it; a person's sheet has one side
            var sides = await observed.Page.Locator("article.sheet > section.side").CountAsync();
            var expected = sheet.StartsWith(Path.Combine("prep", "people"), StringComparison.Ordinal) ? 1 : Math.Max(1, sides);
            Assert.True(sheet.Contains("people", StringComparison.Ordinal) || sides == 3, $"{sheet}: {sides} sides");
            foreach (var format in new[] { "A4", "Letter" })
            {
                var pdf = await observed.Page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
                var pages = PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
                if (pages != expected)
                {
                    tooLong.Add($"{sheet} {format}: {pages} pages, expected {expected}");
                }
            }
        }

        Assert.Empty(tooLong);
    }

    [Fact]
    public async Task A_printed_prep_sheet_has_its_excerpt_no_larger_than_its_text_and_its_source_line_as_one_sentence()
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await page.GotoAsync(Url("prep/people/priya-nair/index.html"));
        var excerpt = await page.EvalOnSelectorAsync<double>("#last-h ~ .excerpt", "e => parseFloat(getComputedStyle(e).fontSize)");
        var text = await page.EvalOnSelectorAsync<double>("#last-h ~ p", "e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(excerpt <= text, $"excerpt {excerpt} px, text {text} px");

        // "Drawn from <link> (url), in our own words." starts on one line: the link begins on the first line of the footer
        await page.GotoAsync(Url("prep/regular/index.html"));
        var tops = await page.EvalOnSelectorAsync<double[]>(".sheet-source", """
            f => { const a = f.querySelector('a'); const r = f.querySelector('.sheet-credit').getClientRects()[0];
                   return [r.top, a.getClientRects()[0].top, parseFloat(getComputedStyle(f).lineHeight) || 16]; }
            """);
        var (footerTop, linkTop, height) = (tops[0], tops[1], tops[2]);
        Assert.True(Math.Abs(linkTop - footerTop) < height, $"the link starts {linkTop - footerTop:0} px below the footer's first line");
        Assert.Equal("block", await page.EvalOnSelectorAsync<string>(".sheet-source", "f => getComputedStyle(f).display"));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Main_pages_have_no_serious_or_critical_axe_findings(ColorScheme scheme)
    {
        var observed = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var findings = new List<string>();
        foreach (var page in new[] { "index.html", "people/index.html", "people/priya-nair/index.html", "notes/index.html", "goals/index.html", "goals/priya-nair/lead-search-migration/index.html", "actions/index.html", "prep/index.html", "prep/regular/index.html", "prep/people/priya-nair/index.html", "attention/index.html", "notes/2026/2026-03-04-marcus-bell/index.html" })
        {
            await observed.Page.GotoAsync(Url(page));
            var result = await observed.Page.RunAxe();
            findings.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{page}: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.Empty(findings);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_then_the_navigation()
    {
        var observed = await browser.NewPageAsync();
        await observed.Page.GotoAsync(Url("index.html"));
        await observed.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await observed.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await observed.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await observed.Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
