using System.Net;
using AngleSharp.Html.Parser;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>
/// A site published with <c>publish --no-encrypt --base-path /journal/ --host all</c>, served by Debian's nginx with the
/// configuration the publish wrote (issue #20, item 2): every response, the 404 page and redirects included, carries the
/// security headers.
/// </summary>
public sealed class NginxHostTests
{
    private static TempJournal Journal() => new TempJournal()
        .Person("alice", "name: Alice Chen\ncadence: weekly")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "## Notes\nRoadmap talk.\n\n## Action items\n- [ ] @alice Draft the plan");

    [Fact]
    public async Task The_base_path_of_settings_yml_is_used_when_publish_is_given_none()
    {
        using var journal = Journal().Settings("title: Team journal\nbase-path: /team/journal/");
        var publish = await ProgramRunner.RunAsync(journal.Root, "publish", "--no-encrypt", "--host", "nginx");
        Assert.True(publish.ExitCode == 0, publish.Stderr);

        var config = File.ReadAllText(Path.Combine(journal.Output + HostConfigs.FolderSuffix, "nginx.conf"));
        Assert.Contains("location /team/journal/", config, StringComparison.Ordinal);
        // the 404 page is served at any depth, so its links start from the base path
        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(journal.Output, "404.html")));
        Assert.Contains(notFound.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.StartsWith("/team/journal/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_response_of_the_published_site_carries_the_security_headers_under_the_sub_path()
    {
        using var journal = Journal();
        var publish = await ProgramRunner.RunAsync(journal.Root, "publish", "--no-encrypt", "--base-path", "/journal/", "--host", "all");
        Assert.True(publish.ExitCode == 0, publish.Stderr);

        // beside the output folder, so copying the output folder to a host never serves them
        var configs = journal.Output + HostConfigs.FolderSuffix;
        foreach (var file in new[] { "nginx.conf", "apache.conf", "Caddyfile", "iis/web.config", "netlify/_headers", "netlify/_redirects" })
        {
            Assert.True(File.Exists(Path.Combine(configs, file)), $"{file} was not written");
            Assert.False(File.Exists(Path.Combine(journal.Output, file)), $"{file} is inside the published folder");
        }

        using var nginx = NginxServer.Start(Path.Combine(configs, "nginx.conf"));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var page = await GetAsync(http, nginx, "/journal/", HttpStatusCode.OK, "text/html");
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.StartsWith("Dashboard", document.Title);
        // the header is the page's own policy, plus frame-ancestors that the meta cannot carry
        var meta = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
        Assert.Equal(meta + "; frame-ancestors 'none'", string.Join(", ", page.Headers.GetValues("Content-Security-Policy")));

        await GetAsync(http, nginx, "/journal/people/alice/", HttpStatusCode.OK, "text/html");
        // search shards are scripts: with nosniff they run only when served as JavaScript
        await GetAsync(http, nginx, "/journal/search/meta.js", HttpStatusCode.OK, "javascript");
        await GetAsync(http, nginx, "/journal/assets/site.js", HttpStatusCode.OK, "javascript");
        var robots = await GetAsync(http, nginx, "/journal/robots.txt", HttpStatusCode.OK, "text/plain");
        Assert.Contains("Disallow: /", await robots.Content.ReadAsStringAsync());

        var missing = await GetAsync(http, nginx, "/journal/no/such/page/", HttpStatusCode.NotFound, "text/html");
        var notFound = new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Page not found", notFound.Title);
        Assert.Equal(File.ReadAllText(Path.Combine(journal.Output, "404.html")), await missing.Content.ReadAsStringAsync());

        // a folder's URL without its slash is redirected to it (the pages' links are relative), on the same origin
        var redirect = await GetAsync(http, nginx, "/journal/people", HttpStatusCode.MovedPermanently, null);
        Assert.Equal("/journal/people/", redirect.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("lighttpd", "/journal/", "lighttpd")]
    [InlineData("nginx", "/my journal/", "base path")]
    public async Task A_host_configuration_that_cannot_be_written_is_said_before_anything_is_published(string host, string basePath, string said)
    {
        using var journal = Journal();
        var publish = await ProgramRunner.RunAsync(journal.Root, "publish", "--no-encrypt", "--base-path", basePath, "--host", host);
        Assert.Equal(2, publish.ExitCode);
        Assert.Contains(said, publish.Stderr);
        Assert.Contains("nothing was published", publish.Stderr);
        Assert.False(Directory.Exists(journal.Output));
        Assert.False(Directory.Exists(journal.Output + HostConfigs.FolderSuffix));
    }

    /// <summary>Gets <paramref name="path"/> and asserts its status, content type and every header of <see cref="HostHeaders.All"/> with its exact value, once.</summary>
    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, NginxServer nginx, string path, HttpStatusCode status, string? contentType)
    {
        var response = await http.GetAsync(nginx.Origin + path);
        Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode}, expected {(int)status}");
        if (contentType is not null)
        {
            Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        }

        foreach (var (name, value) in HostHeaders.All)
        {
            var values = response.Headers.TryGetValues(name, out var found) ? found.ToList()
                : response.Content.Headers.TryGetValues(name, out var content) ? content.ToList() : [];
            Assert.True(values.Count > 0, $"{path} has no {name} header");
            Assert.Equal(value, string.Join(", ", values));
        }

        return response;
    }
}
