using System.Text.RegularExpressions;
using OneOnOne.Journal.Server;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>
/// A reload sent while a page was between loads is not lost: pages carry the version they were served at, and a
/// client that connects is told the server's current version first.
/// </summary>
public sealed partial class ReloadHubTests : IAsyncLifetime
{
    private const string NotePath = "notes/2026/2026-03-04-alice-chen/";

    private ServedJournal _served = null!;

    private PreviewServer _server => _served.Server;

    private HttpClient _http => _served.Http;

    public async Task InitializeAsync() => _served = await ServedJournal.StartAsync(live: true);

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task A_page_is_served_with_the_number_of_reloads_sent_before_it()
    {
        Assert.Equal("0", await ServedVersionAsync());
        _server.Reload(ReloadMessage.Create(1, null));
        _server.Reload(ReloadMessage.Create(2, [NotePath + "index.html"]));
        Assert.Equal("2", await ServedVersionAsync());
    }

    [Fact]
    public async Task A_client_that_connects_after_a_reload_it_missed_is_sent_the_newer_version_first()
    {
        var served = await ServedVersionAsync();
        _server.Reload(ReloadMessage.Create(1, [NotePath + "index.html"])); // nobody is listening: the page was still loading

        await using var late = await EventListener.ConnectAsync(_http);
        Assert.NotEqual(served, await late.NextVersionAsync());

        // a page served now is up to date: its client is sent the version it already has, then later reloads as usual
        var fresh = await ServedVersionAsync();
        await using var current = await EventListener.ConnectAsync(_http);
        Assert.Equal(fresh, await current.NextVersionAsync());
        _server.Reload(ReloadMessage.Create(2, [NotePath + "index.html"]));
        Assert.Contains("/" + NotePath, await current.NextReloadAsync());
    }

    private async Task<string> ServedVersionAsync()
    {
        var html = await _http.GetStringAsync(NotePath);
        var script = ReloadScript().Match(html);
        Assert.True(script.Success, "the page has no live-reload script with a version");
        return script.Groups["version"].Value;
    }

    [GeneratedRegex("<script data-version=\"(?<version>\\d+)\">")]
    private static partial Regex ReloadScript();
}
