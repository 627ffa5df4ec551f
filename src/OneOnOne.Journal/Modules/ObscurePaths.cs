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
    internal static string Rewrite(Publishing.PublishKey key, string html)
    {
        if (!RootLinks.TryFind(html, 0, out var link))
        {
            return html;
        }

        using var output = new TextBuffer(html.Length + 1024);
        var span = html.AsSpan();
        var copied = 0;
        do
        {
            output.Write(span[copied..link.EqualsSign]);
            output.Write("=\"~/");
            output.Write(Map(key, html[link.PathStart..link.Split]));
            output.Write(span[link.Split..link.End]);
            copied = link.End;
        }
        while (RootLinks.TryFind(span, copied, out link));

        output.Write(span[copied..]);
        return output.ToString();
    }
}
