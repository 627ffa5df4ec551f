using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Publishing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// For an encrypted publish: replaces every HTML page by a locked shell (theme layout <c>sealed</c>)
/// that holds the page's title and body encrypted with AES-256-GCM (<see cref="SiteCipher"/>) and
/// the salt and iteration count the browser needs to derive the key from the passphrase
/// (<c>assets/unlock.js</c>, WebCrypto). Nothing of the page is readable without the passphrase:
/// the shell's own title is generic. Runs after <see cref="ResolveLinks"/>; does nothing without a key.
/// </summary>
public sealed partial class SealPages : ParallelModule
{
    /// <summary>The lock loader script as the sealed layout writes it (one object for every page).</summary>
    private static readonly Theming.Html LockLoader = new(Site.SiteScripts.LockLoader);

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var key = context.Options.PublishKey;
        if (key is null)
        {
            return null;
        }

        var salt = Convert.ToBase64String(key.Salt);
        return (doc, _) =>
        {
            if (doc.Destination is null || !doc.Destination.EndsWith(".html", StringComparison.Ordinal))
            {
                return doc;
            }

            var title = TitlePattern().Match(doc.Content);
            var body = BodyPattern().Match(doc.Content);
            var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
            {
                ["title"] = title.Success ? title.Groups[1].Value : "",
                ["bodyClass"] = body.Success ? body.Groups["class"].Value : "",
                ["body"] = body.Success ? body.Groups["body"].Value : doc.Content,
            }, JournalJson.Default.DictionaryStringString);
            var (iv, sealedBytes) = SiteCipher.Encrypt(key, payload);
            // the shell's own links (style sheet, icon, unlock.js, data-root) follow the page's: the 404 page is served at
            // any depth, so with a base path they are absolute under it, as ResolveLinks made its sealed content's
            var prefix = ResolveLinks.PrefixFor(doc.Destination, context.Options.BasePath);
            var shell = context.Theme.Render(Site.Models.SealedPageModel.Layout, new Site.Models.SealedPageModel(
                Csp: Site.ShellFactory.ContentSecurityPolicy,
                Loader: LockLoader,
                Root: prefix,
                Salt: salt,
                Iterations: PublishKey.Iterations,
                Iv: Convert.ToBase64String(iv),
                Data: new Theming.Html(Convert.ToBase64String(sealedBytes))));
            return doc.WithContent(shell);
        };
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<body(?: class=\"(?<class>[^\"]*)\")?>(?<body>.*)</body>", RegexOptions.Singleline)]
    private static partial Regex BodyPattern();
}
