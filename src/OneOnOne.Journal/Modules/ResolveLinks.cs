using System.Text.RegularExpressions;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Rewrites site-root links (<c>href="~/people/alice-chen/"</c>) into links relative to each page
/// (<c>../../people/alice-chen/index.html</c>), so the site works from any sub-path of a host and
/// from <c>file://</c> (DESIGN.md, "URLs"). Markdig writes <c>~</c> in Markdown links as <c>%7E</c>; both are rewritten. Folder links get <c>index.html</c> appended because a
/// browser opening files from disk does not look for it.
/// </summary>
public sealed partial class ResolveLinks : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            outputs[i] = doc.Destination is null || !(doc.Content.Contains("\"~/", StringComparison.Ordinal) || doc.Content.Contains("\"%7E/", StringComparison.OrdinalIgnoreCase))
                ? doc
                : doc.WithContent(Resolve(doc.Content, doc.Destination, context.Options.BasePath));
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The prefix from a page to the site root: <c>people/alice-chen/index.html</c> → <c>../../</c>.</summary>
    public static string RootPrefix(string destination)
    {
        var depth = destination.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>
    /// Rewrites every <c>"~/...</c> attribute value in <paramref name="html"/> for a page at <paramref name="destination"/>.
    /// The 404 page is served at any depth by a host, so with a <paramref name="basePath"/> its links are absolute under it.
    /// </summary>
    public static string Resolve(string html, string destination, string? basePath = null)
    {
        var prefix = destination == "404.html" && !string.IsNullOrWhiteSpace(basePath)
            ? "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "")
            : RootPrefix(destination);
        return RootLink().Replace(html, m =>
        {
            var path = m.Groups["path"].Value;
            var hash = path.IndexOfAny(['#', '?']);
            var (file, rest) = hash >= 0 ? (path[..hash], path[hash..]) : (path, "");
            if (file.Length == 0 || file.EndsWith('/'))
            {
                file += "index.html";
            }

            return $"{m.Groups["attr"].Value}=\"{prefix}{file}{rest}\"";
        });
    }

    [GeneratedRegex("(?<attr>href|src|action|data-root)=\"(?:~|%7E|%7e)/(?<path>[^\"]*)\"")]
    private static partial Regex RootLink();
}
