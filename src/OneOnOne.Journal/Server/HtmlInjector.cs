using System.Net;
using System.Text;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Server;

/// <summary>Adds the live-reload script, its stylesheet and the current error panel to an HTML page, just before <c>&lt;/body&gt;</c>, at serve time.</summary>
internal static class HtmlInjector
{
    public static string Inject(string html, IReadOnlyList<Diagnostic> problems)
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

        snippet.Append("<script src=\"/__oneonone/reload.js\"></script>");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + snippet : html.Insert(at, snippet.ToString());
    }
}
