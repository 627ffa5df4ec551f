using System.Security;
using System.Text;

namespace OneOnOne.Journal.Publishing;

/// <summary>
/// Writes the server configuration that serves a published site with <see cref="HostHeaders.All"/> on every response
/// (issue #20, item 2): the headers, <c>index.html</c> for a folder's URL (a URL without the trailing slash is redirected
/// to it, since the pages' links are relative), and the site's <c>404.html</c> for a missing file, all under the site's
/// base path. The files go to <c>&lt;output&gt;.host/</c>, beside the output folder, so that copying the output folder to
/// the host never publishes them (the IIS and Netlify files are the exception: they work only inside the site's folder,
/// and their hosts do not serve them).
/// </summary>
public static class HostConfigs
{
    /// <summary>The part of the configurations folder's name after the output folder's name.</summary>
    public const string FolderSuffix = ".host";

    /// <summary>
    /// The base path as the configurations use it: <c>/</c>, or <c>/a/b/</c> (leading and trailing slash, no empty segment).
    /// </summary>
    /// <exception cref="ArgumentException">The path has a character other than letters, digits, <c>- . _ ~ /</c>, or a <c>.</c>/<c>..</c> segment: it would have to be quoted differently for each server.</exception>
    public static string NormalizeBasePath(string? basePath)
    {
        var segments = (basePath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or ".." || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
            {
                throw new ArgumentException($"the base path '{basePath}' may hold only letters, digits, '-', '.', '_', '~' and '/' (and no '.' or '..' segment)", nameof(basePath));
            }
        }

        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }

    /// <summary>Parses a <c>--host</c> value: a host's name (<c>nginx</c>, <c>apache</c>, <c>caddy</c>, <c>iis</c>, <c>netlify</c>, any case) or <c>all</c>; null when it is none of them.</summary>
    public static IReadOnlyList<StaticHost>? ParseHosts(string value) =>
        value.Trim().ToLowerInvariant() switch
        {
            "all" => Enum.GetValues<StaticHost>(),
            "nginx" => [StaticHost.Nginx],
            "apache" or "apache2" or "httpd" => [StaticHost.Apache],
            "caddy" => [StaticHost.Caddy],
            "iis" => [StaticHost.Iis],
            "netlify" => [StaticHost.Netlify],
            _ => null,
        };

    /// <summary>The folder the configurations of the output folder <paramref name="outputPath"/> are written to: <c>&lt;output&gt;.host</c>, its sibling.</summary>
    public static string FolderFor(string outputPath) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath)) + FolderSuffix;

    /// <summary>
    /// Says why <paramref name="sitePath"/> cannot be written into a configuration (a quote, backslash, <c>$</c>, brace,
    /// semicolon, <c>#</c> or control character, each of which some server reads as syntax), or null when it can.
    /// </summary>
    public static string? RefusePath(string sitePath) =>
        sitePath.Any(c => char.IsControl(c) || c is '"' or '\'' or '\\' or '$' or '{' or '}' or ';' or '#' or '%' or '`')
            ? $"the output folder's path '{sitePath}' has a character (quote, backslash, $, brace, ';', '#', '%' or a control character) that a server configuration would read as syntax; publish to a plainer path to get --host configurations"
            : null;

    /// <summary>
    /// The configuration files of <paramref name="host"/> for a site in the folder <paramref name="sitePath"/> (absolute;
    /// where the host serves it from may differ, and the files say to change it) served under <paramref name="basePath"/>.
    /// </summary>
    /// <returns>Each file's path relative to the configurations folder (<c>/</c>-separated) and its text.</returns>
    /// <exception cref="ArgumentException">The base path or the folder's path cannot be written into a configuration (<see cref="NormalizeBasePath"/>, <see cref="RefusePath"/>).</exception>
    public static IReadOnlyList<(string Path, string Text)> Render(StaticHost host, string sitePath, string? basePath)
    {
        var at = NormalizeBasePath(basePath);
        if (RefusePath(sitePath) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(sitePath));
        }

        var folder = Path.TrimEndingDirectorySeparator(sitePath) + "/";
        return host switch
        {
            StaticHost.Nginx => [("nginx.conf", Nginx(folder, at))],
            StaticHost.Apache => [("apache.conf", Apache(folder, at))],
            StaticHost.Caddy => [("Caddyfile", Caddy(folder, at))],
            StaticHost.Iis => [("iis/web.config", Iis(at))],
            StaticHost.Netlify => [("netlify/_headers", NetlifyHeaders(at)), ("netlify/_redirects", NetlifyRedirects(at))],
            _ => throw new ArgumentOutOfRangeException(nameof(host), host, null),
        };
    }

    /// <summary>
    /// Writes the configurations of <paramref name="hosts"/> into <see cref="FolderFor"/> the output folder (created when
    /// missing; files of the same names replaced, nothing else touched).
    /// </summary>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">As <see cref="Render"/>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> Write(string outputPath, IEnumerable<StaticHost> hosts, string? basePath)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var folder = FolderFor(outputPath);
        var written = new List<string>();
        foreach (var host in hosts)
        {
            foreach (var (relative, text) in Render(host, site, basePath))
            {
                var path = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                written.Add(path);
            }
        }

        return written;
    }

    private static string Nginx(string folder, string at)
    {
        var text = new StringBuilder()
            .Append("# OneOnOne.Journal: serves the published site under ").Append(at).Append(" with its security headers.\n")
            .Append("# Include this file inside a server { } block (include /path/to/nginx.conf;). If the site is not in\n")
            .Append("# ").Append(folder).Append(" on the server, change the alias below (keep the trailing slash).\n")
            .Append("location ").Append(at).Append(" {\n")
            .Append("    alias \"").Append(folder).Append("\";\n")
            .Append("    index index.html;\n")
            .Append("    autoindex off;\n")
            // a redirect to the URL with its slash stays on the host and port the browser used (behind a proxy too)
            .Append("    absolute_redirect off;\n")
            .Append("    error_page 404 ").Append(at).Append("404.html;\n");
        foreach (var (name, value) in HostHeaders.All)
        {
            // 'always': the 404 page and redirects carry the headers too
            text.Append("    add_header ").Append(name).Append(" \"").Append(value).Append("\" always;\n");
        }

        // nginx adds its own Expires/Cache-Control only when told to; ETag/Last-Modified let no-cache revalidate cheaply
        return text.Append("}\n").ToString();
    }

    private static string Apache(string folder, string at)
    {
        var text = new StringBuilder()
            .Append("# OneOnOne.Journal: serves the published site under ").Append(at).Append(" with its security headers.\n")
            .Append("# Include this file in a <VirtualHost> (Include /path/to/apache.conf). Needs mod_headers and mod_alias\n")
            .Append("# (a2enmod headers alias). If the site is not in ").Append(folder).Append(" on the server, change both paths below.\n")
            .Append("Alias \"").Append(at).Append("\" \"").Append(folder).Append("\"\n")
            .Append("<Directory \"").Append(folder).Append("\">\n")
            .Append("    Require all granted\n")
            // no listing of a folder without index.html; no content negotiation picking another file than the one asked for
            .Append("    Options -Indexes -MultiViews\n")
            .Append("    AllowOverride None\n")
            .Append("    DirectoryIndex index.html\n")
            .Append("    DirectorySlash On\n")
            .Append("    ErrorDocument 404 ").Append(at).Append("404.html\n");
        foreach (var (name, value) in HostHeaders.All)
        {
            // 'always': error responses (the 404 page, redirects) carry the headers too
            text.Append("    Header always set ").Append(name).Append(" \"").Append(value).Append("\"\n");
        }

        return text.Append("</Directory>\n").ToString();
    }

    private static string Caddy(string folder, string at)
    {
        var headers = new StringBuilder();
        foreach (var (name, value) in HostHeaders.All)
        {
            headers.Append("\t\t").Append(name).Append(" \"").Append(value).Append("\"\n");
        }

        var prefix = at.TrimEnd('/');
        var text = new StringBuilder()
            .Append("# OneOnOne.Journal: serves the published site under ").Append(at).Append(" with its security headers.\n")
            .Append("# Import this file at the top of your Caddyfile (import /path/to/Caddyfile), then write\n")
            .Append("# 'import oneonone-journal' inside the site block that serves it. If the site is not in\n")
            .Append("# ").Append(folder).Append(" on the server, change the two 'root' lines.\n")
            .Append("(oneonone-journal) {\n")
            .Append("\t@journal path ").Append(at).Append('*').Append(prefix.Length > 0 ? " " + prefix : "").Append('\n')
            .Append("\theader @journal {\n").Append(headers).Append("\t}\n");
        if (prefix.Length > 0)
        {
            text.Append("\tredir ").Append(prefix).Append(' ').Append(at).Append(" 308\n");
        }

        text.Append("\thandle_path ").Append(at).Append("* {\n")
            .Append("\t\troot * \"").Append(folder).Append("\"\n")
            .Append("\t\tfile_server\n")
            .Append("\t}\n")
            // a missing file is an error in Caddy: its response is built by handle_errors, which gets the headers again
            .Append("\thandle_errors {\n")
            .Append("\t\t@missing expression `{err.status_code} == 404 && {path}.startsWith(\"").Append(at).Append("\")`\n")
            .Append("\t\thandle @missing {\n")
            .Append("\t\t\theader {\n").Append(headers.ToString().Replace("\t\t", "\t\t\t\t", StringComparison.Ordinal)).Append("\t\t\t}\n")
            .Append("\t\t\troot * \"").Append(folder).Append("\"\n")
            .Append("\t\t\trewrite * /404.html\n")
            .Append("\t\t\tfile_server {\n\t\t\t\tstatus 404\n\t\t\t}\n")
            .Append("\t\t}\n")
            .Append("\t}\n")
            .Append("}\n");
        return text.ToString();
    }

    private static string Iis(string at)
    {
        var text = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<!-- OneOnOne.Journal: copy this file INTO the published folder on the server (the folder IIS serves as ")
            .Append(SecurityElement.Escape(at)).Append("); IIS reads web.config and never serves it. -->\n")
            .Append("<configuration>\n")
            .Append("  <system.webServer>\n")
            .Append("    <defaultDocument enabled=\"true\">\n      <files>\n        <clear />\n        <add value=\"index.html\" />\n      </files>\n    </defaultDocument>\n")
            .Append("    <directoryBrowse enabled=\"false\" />\n")
            .Append("    <httpErrors errorMode=\"Custom\" existingResponse=\"Replace\">\n")
            .Append("      <remove statusCode=\"404\" subStatusCode=\"-1\" />\n")
            .Append("      <error statusCode=\"404\" path=\"").Append(SecurityElement.Escape(at)).Append("404.html\" responseMode=\"ExecuteURL\" />\n")
            .Append("    </httpErrors>\n")
            .Append("    <httpProtocol>\n      <customHeaders>\n");
        foreach (var (name, value) in HostHeaders.All)
        {
            text.Append("        <remove name=\"").Append(name).Append("\" />\n")
                .Append("        <add name=\"").Append(name).Append("\" value=\"").Append(SecurityElement.Escape(value)).Append("\" />\n");
        }

        return text.Append("      </customHeaders>\n    </httpProtocol>\n  </system.webServer>\n</configuration>\n").ToString();
    }

    private static string NetlifyHeaders(string at)
    {
        var text = new StringBuilder()
            .Append("# OneOnOne.Journal: copy this file INTO the published folder before deploying it (Netlify reads _headers\n")
            .Append("# from the deployed folder's root). Serves the site under ").Append(at).Append(" with its security headers.\n")
            .Append(at).Append("*\n");
        foreach (var (name, value) in HostHeaders.All)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }

        return text.ToString();
    }

    private static string NetlifyRedirects(string at) =>
        "# OneOnOne.Journal: copy this file INTO the published folder before deploying it (Netlify reads _redirects\n"
        + "# from the deployed folder's root). A missing page under " + at + " gets the site's 404 page; existing files\n"
        + "# are served first (no '!'), and Netlify serves a folder's index.html by itself.\n"
        + at + "*  " + at + "404.html  404\n";
}
