using System.Text.RegularExpressions;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// For an encrypted publish: moves every page except the dashboard and the 404 page to an opaque
/// folder (<c>people/alice/index.html</c> → <c>s/&lt;20 hex&gt;/index.html</c>) and rewrites the
/// site-root links (<c>~/...</c>) that point at them, so that file names and a directory listing
/// reveal no names or dates, only counts. Runs before <see cref="ResolveLinks"/>; does nothing without a publish key.
/// </summary>
public sealed partial class ObscurePaths : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var key = context.Options.PublishKey;
        if (key is null)
        {
            return Task.FromResult(inputs);
        }

        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            var destination = doc.Destination is { } d && d.EndsWith("index.html", StringComparison.Ordinal) && d != "index.html"
                ? Map(key, d[..^"index.html".Length]) + "index.html"
                : doc.Destination;
            var content = RootLink().Replace(doc.Content, m => $"{m.Groups["attr"].Value}=\"~/{Map(key, m.Groups["path"].Value)}{m.Groups["rest"].Value}\"");
            outputs[i] = doc.WithDestination(destination).WithContent(content);
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The opaque folder for a site folder path (<c>people/alice/</c>); the root, assets and files stay as they are.</summary>
    public static string Map(Publishing.PublishKey key, string path) =>
        path.Length == 0 || path.StartsWith("assets/", StringComparison.Ordinal) || path.StartsWith("search/", StringComparison.Ordinal) || !path.EndsWith('/')
            ? path
            : $"s/{key.OpaqueName(path)}/";

    [GeneratedRegex("(?<attr>href|src|action|data-root)=\"(?:~|%7E|%7e)/(?<path>[^\"#?]*)(?<rest>[#?][^\"]*)?\"")]
    private static partial Regex RootLink();
}
