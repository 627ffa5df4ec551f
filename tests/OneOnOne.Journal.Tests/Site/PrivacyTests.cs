using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>DESIGN.md, "Privacy": every page is noindex, has a CSP that allows nothing from another host, and robots.txt disallows all.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task Every_page_is_noindex_with_a_local_only_csp_and_loads_nothing_remote()
    {
        using var journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));
        await journal.BuildAsync(today: new DateOnly(2026, 11, 22));

        Assert.Equal("User-agent: *\nDisallow: /\n", await File.ReadAllTextAsync(Path.Combine(journal.Output, "robots.txt")));
        foreach (var file in Directory.EnumerateFiles(journal.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = journal.Page(Path.GetRelativePath(journal.Output, file));
            var robots = page.QuerySelector("meta[name=robots]")?.GetAttribute("content");
            Assert.Contains("noindex", robots);
            var csp = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("default-src 'none'", csp);
            Assert.DoesNotContain("http", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            foreach (var src in page.QuerySelectorAll("script[src], link[href], img[src], iframe, object, embed").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "embedded"))
            {
                Assert.DoesNotMatch("^(https?:)?//", src);
            }

            // scripts: only the site's own inline loader, allowed by its hash; no file: (issue #14) and no <script src> to trust
            var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.DoesNotContain("file:", scriptSrc);
            Assert.DoesNotContain("'self'", scriptSrc);
            Assert.Contains("'strict-dynamic'", scriptSrc);
            Assert.Empty(page.QuerySelectorAll("script[src]"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.Contains(OneOnOne.Journal.Site.SiteScripts.HashSource(s.TextContent), scriptSrc));
            Assert.Single(page.QuerySelectorAll("script"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }
}
