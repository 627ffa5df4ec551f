using System.Net;
using System.Text;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Server;

/// <summary>
/// Adds the live-reload script, its stylesheet and the current error panel to an HTML page, just before
/// <c>&lt;/body&gt;</c>, at serve time, and the script's hash to the page's Content-Security-Policy.
/// </summary>
internal static partial class HtmlInjector
{
    /// <summary>
    /// Makes the relative links of a root-level page (the site's <c>404.html</c>) absolute from the
    /// server root, so that it still finds its stylesheet and links when served for a miss at any depth.
    /// </summary>
    public static string RootRelative(string html) =>
        RelativeLink().Replace(html, m => $"{m.Groups["attr"].Value}=\"/{m.Groups["path"].Value}\"");

    private const string ScriptSrc = "script-src ";

    private static readonly string ReloadHash = Site.SiteScripts.HashSource(PreviewServer.ReloadScript);

    [System.Text.RegularExpressions.GeneratedRegex("(?<attr>href|src|action|data-root)=\"(?!/|#|[a-zA-Z][a-zA-Z0-9+.-]*:)(?<path>[^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex RelativeLink();

    /// <summary>
    /// Adds the preview's stylesheet, the error panel (when there are <paramref name="problems"/>) and the live-reload
    /// script, which carries <paramref name="version"/> (the reload messages sent before this page was served), before <c>&lt;/body&gt;</c>.
    /// </summary>
    public static string Inject(string html, IReadOnlyList<Diagnostic> problems, long version)
    {
        var snippet = new StringBuilder();
        snippet.Append("<link rel=\"stylesheet\" href=\"/__oneonone/preview.css\">");
        if (problems.Count > 0)
        {
            snippet.Append("<aside class=\"oneonone-errors\" role=\"alert\" aria-label=\"Build errors\"><h2>")
                .Append(problems.Count == 1 ? "1 error" : $"{problems.Count} errors")
                .Append(" in the journal</h2><ul>");
            foreach (var d in problems.Take(50))
            {
                snippet.Append("<li><code>").Append(WebUtility.HtmlEncode($"{d.Path}:{d.Line}")).Append("</code> ")
                    .Append(WebUtility.HtmlEncode(d.Message)).Append("</li>");
            }

            snippet.Append("</ul></aside>");
        }

        snippet.Append("<script data-version=\"").Append(version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
            .Append(PreviewServer.ReloadScript).Append("</script>");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + snippet : html.Insert(at, snippet.ToString());

        // the page's policy runs only the site's own inline scripts, by hash: the reload script's joins them. The first
        // script-src of the page is its policy's (the head comes before anything a note wrote)
        var csp = html.IndexOf(ScriptSrc, StringComparison.Ordinal);
        return csp < 0 ? html : html.Insert(csp + ScriptSrc.Length, ReloadHash + " ");
    }
}
