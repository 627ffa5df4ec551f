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
}
