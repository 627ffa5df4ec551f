namespace OneOnOne.Journal.Publishing;

/// <summary>
/// The response headers every file of a published site must carry (issue #20, item 2), for the host configurations
/// that <see cref="HostConfigs"/> writes. A <c>&lt;meta&gt;</c> policy cannot set <c>frame-ancestors</c>, and a host adds
/// none of the others by itself, so they are in the server's configuration.
/// </summary>
public static class HostHeaders
{
    /// <summary>
    /// The Content-Security-Policy header: exactly the policy of every page's <c>&lt;meta&gt;</c>
    /// (<see cref="Site.ShellFactory.ContentSecurityPolicy"/>, whose only hashes are those of the two fixed loaders in
    /// <see cref="Site.SiteScripts"/>, the same on every page and every site) plus <c>frame-ancestors 'none'</c>, which a
    /// meta policy cannot carry. A browser enforces both policies, so the header must allow at least what the meta allows:
    /// being the same policy, it allows exactly that and only forbids framing on top.
    /// </summary>
    public static readonly string ContentSecurityPolicy = Site.ShellFactory.ContentSecurityPolicy + "; frame-ancestors 'none'";

    /// <summary>
    /// <c>Cache-Control</c> for every file: <c>no-cache</c> (a browser may keep a copy but asks the host whether it changed).
    /// Nothing in the output is fingerprinted (assets keep their theme names, pages and search shards keep their paths
    /// between publishes), so no file may be cached for long: a cached <c>site.js</c> would outlive the publish that
    /// changed it.
    /// </summary>
    public const string CacheControl = "no-cache";

    /// <summary>The headers, name and value, in the order the configurations list them.</summary>
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Robots-Tag", "noindex, nofollow"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cache-Control", CacheControl),
    ];
}
