using Microsoft.Playwright;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// Chromium that resolves <see cref="HostName"/> to 127.0.0.1 (<c>--host-resolver-rules</c>), so a page served from
/// it over http is an ordinary intranet page: not localhost, so not a secure context, so no <c>crypto.subtle</c>.
/// </summary>
public sealed class IntranetBrowserFixture : BrowserFixture
{
    /// <summary>A host name that only this browser resolves (.test is reserved, RFC 2606), to the loopback address.</summary>
    public const string HostName = "journal.intranet.test";

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraArgs => [$"--host-resolver-rules=MAP {HostName} 127.0.0.1"];

    /// <summary>
    /// Types <paramref name="passphrase"/> into a locked page's form and waits (up to 90 s: without WebCrypto the noble
    /// fallback derives the key in JavaScript) for the page to open (<paramref name="opens"/>) or to say the passphrase is wrong.
    /// </summary>
    public static async Task UnlockAsync(IPage page, string passphrase, bool opens = true)
    {
        await page.FillAsync("#passphrase", passphrase);
        await page.ClickAsync("#unlock-form button");
        await page.WaitForSelectorAsync(opens ? "nav[aria-label=Main]" : "#unlock-status:has-text('Wrong passphrase')", new() { Timeout = 90_000 });
    }

    /// <summary>Waits until an unlocked page's search script is ready (it loads only after decryption), so '/' opens search.</summary>
    public static Task WaitForSearchAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.__oneononeSearch && window.__oneononeSearch.ready === true", null, new() { Timeout = 15_000 });
}
