using Microsoft.AspNetCore.Http;

namespace OneOnOne.Journal.Server;

/// <summary>
/// Decides whether a request to the preview server may be answered at all (DESIGN.md, "Privacy": <c>preview</c> and
/// <c>serve</c> answer only their own origin). Three rules, checked in this order:
/// <list type="number">
/// <item>The <c>Host</c> header must name the server itself: <c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c> with the
/// served port (the port may be left out only when it is 80). Any other name is a DNS-rebinding page reaching the
/// loopback port under its own origin: 421 Misdirected Request.</item>
/// <item><c>Sec-Fetch-Site</c> (sent by every current browser on every request) must be <c>same-origin</c> or <c>none</c>
/// (typed address, bookmark); <c>same-site</c> (another port of localhost) and <c>cross-site</c> are another page's
/// requests: 403. Clients that send no such header (curl, tests) are not browsers and are answered.</item>
/// <item>The live-reload stream (<c>/__oneonone/events</c>) tells which pages were just edited, so it is stricter:
/// <c>Sec-Fetch-Site</c> must be <c>same-origin</c> or absent (not <c>none</c>), and an <c>Origin</c> header, when
/// present, must be the server's own: 403 otherwise.</item>
/// </list>
/// </summary>
internal static class OriginGuard
{
    private static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The status (421 or 403) and a one-line plain-text reason, or null when the request may be answered.</summary>
    /// <param name="headers">The request's headers.</param>
    /// <param name="port">The port the server listens on.</param>
    /// <param name="events">True for the live-reload event stream, which only the server's own pages may open.</param>
    public static (int Status, string Message)? Refuse(IHeaderDictionary headers, int port, bool events)
    {
        var host = headers.Host.ToString();
        if (!IsOwnHost(host, port))
        {
            return (StatusCodes.Status421MisdirectedRequest,
                $"421 Misdirected Request: this journal answers only http://127.0.0.1:{port}/ and http://localhost:{port}/, not the host name '{Printable(host)}'");
        }

        var site = headers["Sec-Fetch-Site"].ToString();
        var allowed = events ? site is "" or "same-origin" : site is "" or "same-origin" or "none";
        if (!allowed)
        {
            return (StatusCodes.Status403Forbidden,
                $"403 Forbidden: this journal is served only to its own pages (the request came from a {Printable(site)} page); open http://127.0.0.1:{port}/ directly");
        }

        var origin = headers.Origin.ToString();
        if (events && origin.Length > 0 && !(origin.StartsWith("http://", StringComparison.Ordinal) && IsOwnHost(origin["http://".Length..], port)))
        {
            return (StatusCodes.Status403Forbidden, "403 Forbidden: the live-reload stream is only for this journal's own pages");
        }

        return null;
    }

    /// <summary>True when <paramref name="host"/> (a Host header, or an origin without its scheme) is one of the loopback names with <paramref name="port"/>.</summary>
    public static bool IsOwnHost(string host, int port)
    {
        var suffix = ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var name in Names)
        {
            if (string.Equals(host, name + suffix, StringComparison.OrdinalIgnoreCase) || (port == 80 && string.Equals(host, name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // the header is the client's text: shown in a plain-text body only, cut short and kept to printable ASCII
    private static string Printable(string text) =>
        new([.. text.Take(80).Select(c => c is >= ' ' and <= '~' ? c : '?')]);
}
