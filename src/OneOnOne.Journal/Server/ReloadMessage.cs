using System.Text.Json;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Server;

/// <summary>
/// The data of a <c>reload</c> event: <c>{"build":n,"pages":[...]}</c>, where <c>pages</c> lists the
/// URL paths of the pages whose files a build wrote or removed (<c>/notes/2026/x/</c> for
/// <c>notes/2026/x/index.html</c>), or is null when every open page must reload (a full render, a theme
/// or settings change, a refused build). The reload script reloads a page only when its path is listed
/// or the list is null, so a build that reloads in two stages reloads each page once, when its file is new.
/// </summary>
internal static class ReloadMessage
{
    /// <summary>Above this many pages the event says "every page" instead of listing them.</summary>
    public const int MaxPages = 2000;

    /// <summary>The event data for a build.</summary>
    /// <param name="build">The build number.</param>
    /// <param name="outputPaths">Output paths written or removed (relative, forward slashes), or null for every page.</param>
    public static string Create(int build, IEnumerable<string>? outputPaths)
    {
        var pages = outputPaths is null ? null : Pages(outputPaths);
        return JsonSerializer.Serialize(new ReloadEvent(build, pages is { Count: <= MaxPages } ? pages : null), JournalJson.Default.ReloadEvent);
    }

    /// <summary>The URL paths of the pages among output paths: HTML files, as the server's clean URLs; <c>/search/</c> when a search shard changed.</summary>
    public static List<string> Pages(IEnumerable<string> outputPaths)
    {
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in outputPaths)
        {
            if (path.EndsWith("index.html", StringComparison.Ordinal) && (path.Length == 10 || path[^11] == '/'))
            {
                pages.Add("/" + path[..^10]);
            }
            else if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                pages.Add("/" + path);
            }
            else if (path.StartsWith("search/", StringComparison.Ordinal))
            {
                // an open search page holds results from the old index
                pages.Add("/search/");
            }
        }

        return [.. pages];
    }
}
