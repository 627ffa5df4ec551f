using System.Net;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>The server alone (what <c>serve</c> runs) over a built journal: URLs, types, headers, 404s, traversal.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private ServedJournal _served = null!;

    private TempJournal _journal => _served.Journal;

    private PreviewServer _server => _served.Server;

    private HttpClient _http => _served.Http;

    public async Task InitializeAsync()
    {
        _served = await ServedJournal.StartAsync(live: false);
        File.WriteAllText(Path.Combine(_journal.Root, "secret.txt"), "outside the output");
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/people/alice-chen/", "text/html")]
    [InlineData("/people/alice-chen/index.html", "text/html")]
    [InlineData("/notes/2026/2026-03-04-alice-chen/", "text/html")]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/site.js", "text/javascript")]
    [InlineData("/assets/icon.svg", "image/svg+xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Pages_and_assets_are_served_with_their_content_type_and_no_cache(string path, string type)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_the_clean_url()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.Url) };
        using var response = await http.GetAsync("/people/alice-chen");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/people/alice-chen/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_miss_gets_the_sites_404_page_with_status_404()
    {
        using var response = await _http.GetAsync("/people/nobody/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_journal.Output, "404.html"))).Title, page.Title);

        // served at any depth, the page still finds its stylesheet: links are made absolute from the root
        Assert.Equal("/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("a[href]:not([href^=\"#\"])"), a => Assert.StartsWith("/", a.GetAttribute("href")));
        Assert.StartsWith("/", page.QuerySelector("form[data-root]")!.GetAttribute("data-root")); // where the page's loader finds the site's scripts
    }

    [Fact]
    public async Task Without_live_reload_pages_are_served_as_built()
    {
        var html = await _http.GetStringAsync("/people/alice-chen/");
        Assert.Equal(File.ReadAllText(Path.Combine(_journal.Output, "people", "alice-chen", "index.html")), html);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/__oneonone/reload.js")).StatusCode);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/people/..%2f..%2fsecret.txt")]
    [InlineData("/people/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/people/../../secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/.oneonone-output")]
    public async Task Requests_that_would_leave_the_output_folder_get_404(string target)
    {
        Assert.Equal(404, await ServerClient.RawStatusAsync(_server.Port, target));
    }

    [Fact]
    public async Task A_symlink_that_points_outside_the_output_folder_gets_404()
    {
        File.CreateSymbolicLink(Path.Combine(_journal.Output, "leak.txt"), Path.Combine(_journal.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_journal.Output, "leakdir"), _journal.Root);
        Directory.CreateSymbolicLink(Path.Combine(_journal.Output, "inside"), Path.Combine(_journal.Output, "people"));

        Assert.Equal(404, await ServerClient.RawStatusAsync(_server.Port, "/leak.txt"));
        Assert.Equal(404, await ServerClient.RawStatusAsync(_server.Port, "/leakdir/secret.txt"));
        Assert.Equal(200, await ServerClient.RawStatusAsync(_server.Port, "/inside/alice-chen/"));
    }

    [Fact]
    public async Task A_port_in_use_is_reported_with_the_port_and_the_option()
    {
        var e = await Assert.ThrowsAsync<PortInUseException>(() => PreviewServer.StartAsync(_journal.Output, _server.Port, live: false));
        Assert.Contains(_server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        Assert.Contains("--port", e.Message);
    }

    [Fact]
    public async Task It_listens_on_loopback_only()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Url);
        var other = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (other is null)
        {
            return; // no other interface on this machine to try
        }

        using var client = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(other, _server.Port));
    }
}
