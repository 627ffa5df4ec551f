using Microsoft.Playwright;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// One headless Debian Chromium (<c>/usr/bin/chromium</c>) per test class, driven by Playwright for
/// .NET. No browser is downloaded: a missing Chromium fails with the command that installs it.
/// A subclass may add command-line switches (<see cref="ExtraArgs"/>), e.g. host-resolver rules.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's Chromium with 'apt-get install -y chromium' (.ci/run does)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--allow-file-access-from-files",
                .. ExtraArgs,
            ],
        });
    }

    /// <summary>Chromium switches added to the defaults; none here.</summary>
    protected virtual IEnumerable<string> ExtraArgs => [];

    /// <summary>A new page that records console errors, CSP violations and every request that leaves this machine.</summary>
    public async Task<ObservedPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var observed = new ObservedPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                observed.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => observed.ConsoleErrors.Add(error);
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && !uri.IsLoopback)
            {
                observed.ExternalRequests.Add(request.Url);
            }
        };
        return observed;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A page with what it reported: console errors (CSP violations show there) and external requests.</summary>
public sealed class ObservedPage(IPage page)
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public List<string> ExternalRequests { get; } = [];
}
