using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>
/// The preview server answers only its own origin (issue #14, item 5): a foreign <c>Host</c> (DNS rebinding) gets 421,
/// a request from another site's page gets 403, the reload stream only serves the server's own pages, and every
/// response, refusals included, forbids other origins to read it (CORP).
/// </summary>
public sealed class OriginGuardTests : IAsyncLifetime
{
    private ServedJournal _served = null!;

    private int Port => _served.Server.Port;

    public async Task InitializeAsync() => _served = await ServedJournal.StartAsync(live: true);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1:{0}")]
    [InlineData("localhost:{0}")]
    [InlineData("LocalHost:{0}")]
    [InlineData("[::1]:{0}")]
    public async Task The_loopback_names_with_the_served_port_are_answered(string host)
    {
        var response = await ServerClient.RawAsync(Port, "/", string.Format(System.Globalization.CultureInfo.InvariantCulture, host, Port));
        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("attacker.example:{0}")]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1.nip.io:{0}")]
    [InlineData("localhost.:{0}")]
    [InlineData("localhost")]
    [InlineData("localhost:1{0}")]
    [InlineData("127.0.0.2:{0}")]
    [InlineData("0.0.0.0:{0}")]
    public async Task A_foreign_host_is_refused_with_421(string host)
    {
        host = string.Format(System.Globalization.CultureInfo.InvariantCulture, host, Port);
        foreach (var target in new[] { "/", "/search/", "/people/alice-chen/", "/__oneonone/events", "/__oneonone/reload.js" })
        {
            var response = await ServerClient.RawAsync(Port, target, host);
            Assert.True(response.Status == 421, $"{host} {target}: {response.Status}");
        }
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task A_request_from_another_sites_page_is_refused_with_403(string site)
    {
        var shards = Directory.EnumerateFiles(Path.Combine(_served.Journal.Output, "search"), "*.js").Select(f => "/search/" + Path.GetFileName(f)).ToList();
        Assert.NotEmpty(shards);
        foreach (var target in shards.Concat(["/", "/assets/site.js", "/__oneonone/events", "/__oneonone/reload.js", "/nowhere/"]))
        {
            var response = await ServerClient.RawAsync(Port, target, $"127.0.0.1:{Port}", "Sec-Fetch-Site: " + site, "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script");
            Assert.True(response.Status == 403, $"{site} {target}: {response.Status}");
        }
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task The_servers_own_pages_and_typed_addresses_are_answered(string site)
    {
        var response = await ServerClient.RawAsync(Port, "/people/alice-chen/", $"localhost:{Port}", "Sec-Fetch-Site: " + site);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task The_reload_stream_is_only_for_the_servers_own_pages()
    {
        Assert.Equal(200, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"127.0.0.1:{Port}", "Sec-Fetch-Site: same-origin")).Status);
        Assert.Equal(200, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"localhost:{Port}", $"Origin: http://localhost:{Port}")).Status);

        // a typed address is not a page of the journal, and an Origin names the page that asked
        Assert.Equal(403, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"127.0.0.1:{Port}", "Sec-Fetch-Site: none")).Status);
        Assert.Equal(403, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"127.0.0.1:{Port}", "Origin: http://attacker.example")).Status);
        Assert.Equal(403, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"127.0.0.1:{Port}", "Origin: null")).Status);
        Assert.Equal(403, (await ServerClient.RawAsync(Port, "/__oneonone/events", $"127.0.0.1:{Port}", $"Origin: http://localhost:{Port + 1}")).Status);
    }

    [Theory]
    [InlineData("/", "127.0.0.1:{0}", "")]
    [InlineData("/assets/site.js", "127.0.0.1:{0}", "")]
    [InlineData("/nowhere/", "127.0.0.1:{0}", "")]
    [InlineData("/", "attacker.example", "")]
    [InlineData("/", "127.0.0.1:{0}", "Sec-Fetch-Site: cross-site")]
    public async Task Every_response_forbids_other_origins_to_read_it(string target, string host, string header)
    {
        var response = await ServerClient.RawAsync(Port, target, string.Format(System.Globalization.CultureInfo.InvariantCulture, host, Port), header.Length > 0 ? [header] : []);
        Assert.Equal("same-origin", response.Headers.GetValueOrDefault("cross-origin-resource-policy"));
        Assert.Equal("nosniff", response.Headers.GetValueOrDefault("x-content-type-options"));
        Assert.Equal("no-referrer", response.Headers.GetValueOrDefault("referrer-policy"));
    }
}
