namespace OneOnOne.Journal.Publishing;

/// <summary>A web server or static host that <c>publish --host</c> writes a configuration for (issue #20, item 2).</summary>
public enum StaticHost
{
    /// <summary>nginx: a <c>location</c> block to <c>include</c> in a <c>server</c> block (<c>nginx.conf</c>).</summary>
    Nginx,

    /// <summary>Apache httpd 2.4: an <c>Alias</c> and <c>&lt;Directory&gt;</c> to include in a virtual host (<c>apache.conf</c>).</summary>
    Apache,

    /// <summary>Caddy 2: a Caddyfile snippet named <c>oneonone-journal</c> to <c>import</c> in a site block (<c>Caddyfile</c>).</summary>
    Caddy,

    /// <summary>IIS: a <c>web.config</c> to copy into the site's folder.</summary>
    Iis,

    /// <summary>Netlify: <c>_headers</c> and <c>_redirects</c> to copy into the site's folder before deploying.</summary>
    Netlify,
}
