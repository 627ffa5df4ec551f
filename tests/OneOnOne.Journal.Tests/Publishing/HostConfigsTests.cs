using System.Xml.Linq;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>
/// The server configurations of <c>publish --host</c> (issue #20, item 2): every header on every response, the site's
/// base path, index.html and the 404 page; each one accepted by its server's own syntax check where Debian ships it.
/// </summary>
public sealed class HostConfigsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "oneonone-hosts-" + Guid.NewGuid().ToString("N")[..12]);

    public HostConfigsTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "site"));
        File.WriteAllText(Path.Combine(_folder, "site", "index.html"), "<!DOCTYPE html><title>t</title>");
        File.WriteAllText(Path.Combine(_folder, "site", "404.html"), "<!DOCTYPE html><title>404</title>");
    }

    private string Site => Path.Combine(_folder, "site");

    private static string Text(StaticHost host, string basePath = "/journal/", string file = "") =>
        HostConfigs.Render(host, "/srv/journal", basePath).Single(f => file.Length == 0 || f.Path == file).Text;

    [Fact]
    public void The_header_policy_is_the_page_policy_with_framing_forbidden()
    {
        // both apply: the header must allow what the meta allows, so it is the same policy, plus what a meta cannot say
        Assert.Equal(OneOnOne.Journal.Site.ShellFactory.ContentSecurityPolicy + "; frame-ancestors 'none'", HostHeaders.ContentSecurityPolicy);
        Assert.Equal(
            ["Content-Security-Policy", "X-Robots-Tag", "Referrer-Policy", "X-Content-Type-Options", "Cross-Origin-Resource-Policy", "Cache-Control"],
            HostHeaders.All.Select(h => h.Name));
        Assert.Contains(("X-Robots-Tag", "noindex, nofollow"), HostHeaders.All);
        Assert.Contains(("Cache-Control", "no-cache"), HostHeaders.All);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("journal", "/journal/")]
    [InlineData("/team//journal", "/team/journal/")]
    [InlineData("/a-b_c.d~e/", "/a-b_c.d~e/")]
    public void Base_paths_are_normalized(string? given, string expected) =>
        Assert.Equal(expected, HostConfigs.NormalizeBasePath(given));

    [Theory]
    [InlineData("/jour nal/")]
    [InlineData("/a;b/")]
    [InlineData("/a\"b/")]
    [InlineData("/../etc/")]
    [InlineData("/a{b}/")]
    [InlineData("/a\nb/")]
    public void A_base_path_a_server_would_read_as_syntax_is_refused(string given) =>
        Assert.Throws<ArgumentException>(() => HostConfigs.NormalizeBasePath(given));

    [Theory]
    [InlineData("/srv/a\"b")]
    [InlineData("/srv/a;b")]
    [InlineData("/srv/a$b")]
    [InlineData("/srv/a}b")]
    public void A_folder_path_a_server_would_read_as_syntax_is_refused(string path)
    {
        Assert.NotNull(HostConfigs.RefusePath(path));
        Assert.Throws<ArgumentException>(() => HostConfigs.Render(StaticHost.Nginx, path, "/"));
    }

    [Theory]
    [InlineData("all", new[] { StaticHost.Nginx, StaticHost.Apache, StaticHost.Caddy, StaticHost.Iis, StaticHost.Netlify })]
    [InlineData("NGINX", new[] { StaticHost.Nginx })]
    [InlineData("apache2", new[] { StaticHost.Apache })]
    public void Host_names_parse(string name, StaticHost[] expected) => Assert.Equal(expected, HostConfigs.ParseHosts(name));

    [Fact]
    public void An_unknown_host_name_is_null() => Assert.Null(HostConfigs.ParseHosts("lighttpd"));

    [Fact]
    public void Nginx_sends_every_header_on_every_response_under_the_base_path()
    {
        var text = Text(StaticHost.Nginx);
        Assert.Contains("location /journal/ {", text);
        Assert.Contains("alias \"/srv/journal/\";", text);
        Assert.Contains("index index.html;", text);
        Assert.Contains("error_page 404 /journal/404.html;", text);
        foreach (var (name, value) in HostHeaders.All)
        {
            Assert.Contains($"add_header {name} \"{value}\" always;", text);
        }
    }

    [Fact]
    public void Apache_sends_every_header_on_every_response_under_the_base_path()
    {
        var text = Text(StaticHost.Apache);
        Assert.Contains("Alias \"/journal/\" \"/srv/journal/\"", text);
        Assert.Contains("<Directory \"/srv/journal/\">", text);
        Assert.Contains("DirectoryIndex index.html", text);
        Assert.Contains("ErrorDocument 404 /journal/404.html", text);
        foreach (var (name, value) in HostHeaders.All)
        {
            Assert.Contains($"Header always set {name} \"{value}\"", text);
        }
    }

    [Fact]
    public void Caddy_sends_every_header_on_pages_and_on_the_404_page()
    {
        var text = Text(StaticHost.Caddy);
        Assert.Contains("(oneonone-journal) {", text);
        Assert.Contains("handle_path /journal/* {", text);
        Assert.Contains("rewrite * /404.html", text);
        foreach (var (name, value) in HostHeaders.All)
        {
            // once for files, once in handle_errors (an error's response does not go through the files' route)
            Assert.Equal(2, text.Split($"{name} \"{value}\"").Length - 1);
        }
    }

    [Fact]
    public void Iis_web_config_is_well_formed_xml_with_every_header_and_the_404_page()
    {
        var xml = XDocument.Parse(Text(StaticHost.Iis));
        var server = xml.Root!.Element("system.webServer")!;
        var added = server.Element("httpProtocol")!.Element("customHeaders")!.Elements("add")
            .Select(e => (e.Attribute("name")!.Value, e.Attribute("value")!.Value)).ToList();
        Assert.Equal(HostHeaders.All, added);
        var error = server.Element("httpErrors")!.Element("error")!;
        Assert.Equal("404", error.Attribute("statusCode")!.Value);
        Assert.Equal("/journal/404.html", error.Attribute("path")!.Value);
        Assert.Equal("index.html", server.Element("defaultDocument")!.Element("files")!.Element("add")!.Attribute("value")!.Value);
        Assert.Equal("false", server.Element("directoryBrowse")!.Attribute("enabled")!.Value);
    }

    [Fact]
    public void Netlify_headers_and_redirects_cover_the_base_path()
    {
        var headers = Text(StaticHost.Netlify, file: "netlify/_headers").Split('\n');
        var block = headers.SkipWhile(l => l != "/journal/*").ToList();
        Assert.NotEmpty(block);
        foreach (var (name, value) in HostHeaders.All)
        {
            Assert.Contains($"  {name}: {value}", block);
        }

        Assert.Contains("/journal/*  /journal/404.html  404", Text(StaticHost.Netlify, file: "netlify/_redirects").Split('\n'));
        Assert.Contains("/*  /404.html  404", Text(StaticHost.Netlify, "/", "netlify/_redirects").Split('\n'));
    }

    [Fact]
    public void Configurations_are_written_beside_the_output_folder_never_inside_it()
    {
        var written = HostConfigs.Write(Site, Enum.GetValues<StaticHost>(), "/journal/");
        Assert.Equal(
            ["Caddyfile", "apache.conf", "iis/web.config", "netlify/_headers", "netlify/_redirects", "nginx.conf"],
            written.Select(p => Path.GetRelativePath(Site + ".host", p).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(["404.html", "index.html"], Directory.EnumerateFileSystemEntries(Site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/journal/")]
    [InlineData("/")]
    public void Nginx_accepts_the_configuration(string basePath)
    {
        HostServers.Require(HostServers.Nginx, "nginx");
        var snippet = WriteOne(StaticHost.Nginx, basePath);
        var config = Path.Combine(_folder, "nginx-test.conf");
        File.WriteAllText(config, HostServers.NginxConfig(_folder, HostServers.FreeLoopbackPort(), snippet));
        var run = ProgramRunner.Start(HostServers.Nginx, _folder, null, ["-t", "-c", config, "-p", _folder + "/"], timeoutSeconds: 30);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("syntax is ok", run.Stderr);
    }

    [Theory]
    [InlineData("/journal/")]
    [InlineData("/")]
    public void Apache_accepts_the_configuration(string basePath)
    {
        HostServers.Require(HostServers.Apache, "apache2");
        var snippet = WriteOne(StaticHost.Apache, basePath);
        // a whole httpd.conf of its own (-f), so that nothing under /etc/apache2 is read or changed
        const string modules = "/usr/lib/apache2/modules";
        var config = Path.Combine(_folder, "httpd.conf");
        File.WriteAllText(config, $"""
            ServerRoot {_folder}
            ServerName 127.0.0.1
            Listen 127.0.0.1:{HostServers.FreeLoopbackPort()}
            PidFile {_folder}/httpd.pid
            ErrorLog {_folder}/error.log
            LoadModule mpm_event_module {modules}/mod_mpm_event.so
            LoadModule authz_core_module {modules}/mod_authz_core.so
            LoadModule alias_module {modules}/mod_alias.so
            LoadModule dir_module {modules}/mod_dir.so
            LoadModule mime_module {modules}/mod_mime.so
            LoadModule headers_module {modules}/mod_headers.so
            TypesConfig /etc/mime.types
            Include {snippet}

            """);
        var run = ProgramRunner.Start(HostServers.Apache, _folder, null, ["-t", "-f", config], timeoutSeconds: 30);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("Syntax OK", run.Stdout + run.Stderr);
    }

    [Theory]
    [InlineData("/journal/")]
    [InlineData("/")]
    public void Caddy_accepts_the_configuration(string basePath)
    {
        HostServers.Require(HostServers.Caddy, "caddy");
        var snippet = WriteOne(StaticHost.Caddy, basePath);
        var config = Path.Combine(_folder, "Caddyfile.test");
        File.WriteAllText(config, $"{{\n\tadmin off\n\tauto_https off\n}}\nimport {snippet}\nhttp://127.0.0.1:{HostServers.FreeLoopbackPort()} {{\n\timport oneonone-journal\n}}\n");
        var run = ProgramRunner.Start(HostServers.Caddy, _folder, new Dictionary<string, string?> { ["HOME"] = _folder, ["XDG_DATA_HOME"] = _folder, ["XDG_CONFIG_HOME"] = _folder },
            ["validate", "--config", config, "--adapter", "caddyfile"], timeoutSeconds: 30);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("Valid configuration", run.Stdout + run.Stderr);
    }

    [Fact]
    public void A_broken_configuration_is_rejected_by_nginx_so_the_check_can_fail()
    {
        HostServers.Require(HostServers.Nginx, "nginx");
        var snippet = WriteOne(StaticHost.Nginx, "/journal/");
        File.WriteAllText(snippet, File.ReadAllText(snippet).Replace(" always;", " always", StringComparison.Ordinal));
        var config = Path.Combine(_folder, "nginx-test.conf");
        File.WriteAllText(config, HostServers.NginxConfig(_folder, HostServers.FreeLoopbackPort(), snippet));
        Assert.NotEqual(0, ProgramRunner.Start(HostServers.Nginx, _folder, null, ["-t", "-c", config, "-p", _folder + "/"], timeoutSeconds: 30).ExitCode);
    }

    private string WriteOne(StaticHost host, string basePath) => HostConfigs.Write(Site, [host], basePath).Single();

    public void Dispose()
    {
        foreach (var folder in new[] { _folder })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // under /tmp; a server's log may still be open
            }
        }
    }
}
