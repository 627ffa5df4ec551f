using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Rewrites site-root links (<c>href="~/people/alice-chen/"</c>) into links relative to each page
/// (<c>../../people/alice-chen/index.html</c>), so the site works from any sub-path of a host and
/// from <c>file://</c> (DESIGN.md, "URLs"). Markdig writes <c>~</c> in Markdown links as <c>%7E</c>; both are rewritten. Folder links get <c>index.html</c> appended because a
/// browser opening files from disk does not look for it. Links are found by <see cref="RootLinks"/>
/// (one pass, no regular expression); a page without any keeps its content string.
/// </summary>
public sealed class ResolveLinks : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        return (doc, _) =>
        {
            if (doc.Destination is null || doc.Get<bool>(Keys.Reused))
            {
                return doc;
            }

            var resolved = Resolve(doc.Content, doc.Destination, context.Options.BasePath);
            return ReferenceEquals(resolved, doc.Content) ? doc : doc.WithContent(resolved);
        };
    }

    /// <summary>The prefix from a page to the site root: <c>people/alice-chen/index.html</c> → <c>../../</c>.</summary>
    public static string RootPrefix(string destination)
    {
        var depth = destination.AsSpan().Count('/');
        return depth switch
        {
            0 => "",
            1 => "../",
            2 => "../../",
            3 => "../../../",
            4 => "../../../../",
            _ => string.Concat(Enumerable.Repeat("../", depth)),
        };
    }

    /// <summary>The prefix that links of the page at <paramref name="destination"/> get in place of <c>~/</c>.</summary>
    internal static string PrefixFor(string destination, string? basePath) =>
        destination == "404.html" && !string.IsNullOrWhiteSpace(basePath)
            ? "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "")
            : RootPrefix(destination);

    /// <summary>
    /// Rewrites every <c>"~/...</c> attribute value in <paramref name="html"/> for a page at <paramref name="destination"/>.
    /// The 404 page is served at any depth by a host, so with a <paramref name="basePath"/> its links are absolute under it.
    /// Returns <paramref name="html"/> itself when it holds no site-root link.
    /// </summary>
    public static string Resolve(string html, string destination, string? basePath = null) =>
        LinkRewriter.Rewrite(html, new RelativeTarget(PrefixFor(destination, basePath)));

    /// <summary><paramref name="html"/> with its site-root links rewritten for <paramref name="prefix"/> (<see cref="PrefixFor"/>), as UTF-8 bytes without a byte-order mark (<see cref="LinkRewriter.RewriteToUtf8"/>).</summary>
    internal static byte[] ResolveToUtf8(ReadOnlySpan<char> html, string prefix) =>
        LinkRewriter.RewriteToUtf8(html, new RelativeTarget(prefix));

    /// <summary>A link relative to the page: <c>~/</c> becomes the page's prefix, and a folder gets <c>index.html</c>, as a browser opening files from disk does not look for it.</summary>
    /// <param name="prefix">What <c>~/</c> becomes (<see cref="PrefixFor"/>).</param>
    private readonly struct RelativeTarget(string prefix) : ILinkTarget
    {
        public void Write<TSink>(ReadOnlySpan<char> path, ref TSink sink)
            where TSink : struct, ITextSink
        {
            sink.Write(prefix);
            sink.Write(path);
            if (path.Length == 0 || path[^1] == '/')
            {
                sink.Write("index.html");
            }
        }
    }
}
