using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// For an encrypted publish: moves every page except the dashboard and the 404 page to an opaque
/// folder (<c>people/alice/index.html</c> → <c>s/&lt;20 hex&gt;/index.html</c>) and rewrites the
/// site-root links (<c>~/...</c>) that point at them, so that file names and a directory listing
/// reveal no names or dates, only counts. Runs before <see cref="ResolveLinks"/>; does nothing without a publish key.
/// </summary>
public sealed class ObscurePaths : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var key = context.Options.PublishKey;
        if (key is null)
        {
            return null;
        }

        return (doc, _) =>
        {
            var destination = doc.Destination is { } d && d.EndsWith("index.html", StringComparison.Ordinal) && d != "index.html"
                ? Map(key, d[..^"index.html".Length]) + "index.html"
                : doc.Destination;
            return doc.WithDestination(destination).WithContent(Rewrite(key, doc.Content));
        };
    }

    /// <summary>The opaque folder for a site folder path (<c>people/alice/</c>); the root, assets and files stay as they are.</summary>
    public static string Map(Publishing.PublishKey key, string path) =>
        path.Length == 0 || path.StartsWith("assets/", StringComparison.Ordinal) || path.StartsWith("search/", StringComparison.Ordinal) || !path.EndsWith('/')
            ? path
            : $"s/{key.OpaqueName(path)}/";

    /// <summary>Rewrites every site-root link of <paramref name="html"/> to <c>~/</c> + its <see cref="Map"/>ped folder (keeping <c>#</c>/<c>?</c> suffixes); <paramref name="html"/> itself when it has none.</summary>
    internal static string Rewrite(Publishing.PublishKey key, string html) => LinkRewriter.Rewrite(html, new OpaqueTarget(key));

    /// <summary>A link to the page's opaque folder, still site-root (<c>~/</c>): <see cref="ResolveLinks"/> makes it relative afterwards.</summary>
    /// <param name="key">The publish key the folder names come from.</param>
    private readonly struct OpaqueTarget(Publishing.PublishKey key) : ILinkTarget
    {
        public void Write<TSink>(ReadOnlySpan<char> path, ref TSink sink)
            where TSink : struct, ITextSink
        {
            sink.Write("~/");
            sink.Write(Map(key, path.ToString()));
        }
    }
}
