using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Server;

/// <summary>
/// Serves an output folder on 127.0.0.1 with Kestrel: clean URLs (a folder serves its <c>index.html</c>),
/// content types by extension, <c>Cache-Control: no-cache</c>, the site's <c>404.html</c> for misses,
/// and 404 for any request that would leave the folder (see <see cref="SafePath"/>). Only the server's own origin is
/// answered (<see cref="OriginGuard"/>: Host allow-list, cross-site requests refused), and every response carries
/// <c>Cross-Origin-Resource-Policy: same-origin</c>, so no page of another origin can read the journal. With live reload,
/// HTML responses get an inline script (<see cref="ReloadScript"/>) that listens to
/// <c>/__oneonone/events</c> (Server-Sent Events), plus a panel listing the current errors; neither is
/// ever written to the output folder.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The path prefix of the server's own endpoints.</summary>
    public const string Prefix = "/__oneonone/";

    /// <summary>
    /// The live-reload script, written inline into each page (the site's policy runs no <c>&lt;script src&gt;</c> of a
    /// page's HTML, <see cref="Site.SiteScripts"/>) with its hash added to the page's <c>script-src</c>.
    /// </summary>
    internal const string ReloadScript = """
        (function () {
          if (!window.EventSource) { return; }
          var script = document.currentScript;
          var served = script ? script.getAttribute("data-version") : null;
          var events = new EventSource("/__oneonone/events");
          // a reload sent while this page was loading never reached it: the server's version on connecting says so
          events.addEventListener("version", function (e) {
            if (served !== null && e.data !== served) { window.location.reload(); }
          });
          events.addEventListener("reload", function (e) {
            var pages = null;
            try { pages = JSON.parse(e.data).pages; } catch (x) { pages = null; }
            var here = window.location.pathname;
            try { here = decodeURI(here); } catch (x) { }
            here = here.replace(/index\.html$/, "");
            if (!pages || pages.indexOf(here) >= 0) { window.location.reload(); }
          });
        })();

        """;

    private const string PanelCss = """
        .oneonone-errors { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 1000; max-height: 40vh; overflow: auto;
          background: #fff4f4; color: #5a0000; border: 2px solid #c62828; border-radius: 6px; padding: .75rem 1rem; font: 14px/1.4 system-ui, sans-serif;
          box-shadow: 0 4px 16px rgba(0,0,0,.2); }
        .oneonone-errors h2 { margin: 0 0 .5rem; font-size: 1rem; }
        .oneonone-errors ul { margin: 0; padding-left: 1.2rem; }
        .oneonone-errors code { font-weight: 600; }

        """;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root;
    private readonly bool _live;
    private readonly ReloadHub _hub = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private volatile IReadOnlyList<Diagnostic> _problems = [];

    private PreviewServer(string root, bool live)
    {
        _root = Path.GetFullPath(root);
        _live = live;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Number of live-reload clients connected now.</summary>
    public int Clients => _hub.Count;

    /// <summary>
    /// Starts serving <paramref name="root"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).
    /// Throws <see cref="PortInUseException"/> when the port is taken.
    /// </summary>
    /// <param name="root">The output folder to serve.</param>
    /// <param name="port">The TCP port, or 0 for any free port.</param>
    /// <param name="live">True to inject the live-reload script and the error panel into HTML pages.</param>
    public static async Task<PreviewServer> StartAsync(string root, int port, bool live)
    {
        // known before the first request when the port is given: the Host check compares against it
        var server = new PreviewServer(root, live) { Port = port };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await app.DisposeAsync();
            throw new PortInUseException(port, e);
        }

        server._app = app;
        var addresses = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is Microsoft.AspNetCore.Hosting.Server.IServer s
            ? s.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses
            : null;
        server.Port = addresses?.Select(a => new Uri(a).Port).FirstOrDefault() ?? port;
        return server;
    }

    /// <summary>Sets the errors listed in the panel on every HTML page (empty hides the panel).</summary>
    public void SetProblems(IEnumerable<Diagnostic> problems) =>
        _problems = [.. problems.Where(d => d.Severity == Severity.Error)];

    /// <summary>Sends a reload event to every open page; <paramref name="data"/> is the event's data (see <see cref="ReloadMessage"/>: which pages reload).</summary>
    public void Reload(string data) => _hub.Broadcast(data);

    /// <summary>Stops the server, closing the event streams.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        // no page of another origin may embed or read any response (a search shard loaded with <script> would hand it every note)
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var path = request.Path.Value ?? "/";
        var refusal = OriginGuard.Refuse(request.Headers, Port, events: _live && path == Prefix + "events");
        if (refusal is not null)
        {
            response.StatusCode = refusal.Value.Status;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(refusal.Value.Message + "\n");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (_live && path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await ServeOwnAsync(http, path[Prefix.Length..]);
            return;
        }

        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var file = SafePath.Resolve(_root, path, raw);
        if (file is not null && Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (file is null || !File.Exists(file) || Path.GetFileName(file) == Building.OutputFolder.Marker)
        {
            await NotFoundAsync(http);
            return;
        }

        await SendFileAsync(http, file, StatusCodes.Status200OK);
    }

    private async Task ServeOwnAsync(HttpContext http, string name)
    {
        var response = http.Response;
        switch (name)
        {
            case "events":
                response.ContentType = "text/event-stream";
                response.Headers.CacheControl = "no-cache";
                http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, http.RequestAborted))
                {
                    await _hub.StreamAsync(new HttpResponseStream(response), linked.Token);
                }

                return;
            case "preview.css":
                response.ContentType = "text/css; charset=utf-8";
                await response.WriteAsync(PanelCss);
                return;
            default:
                await NotFoundAsync(http);
                return;
        }
    }

    private async Task NotFoundAsync(HttpContext http)
    {
        var page = Path.Combine(_root, "404.html");
        if (File.Exists(page))
        {
            await SendFileAsync(http, page, StatusCodes.Status404NotFound);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("404 page not found\n");
    }

    private async Task SendFileAsync(HttpContext http, string file, int status)
    {
        var response = http.Response;
        response.StatusCode = status;
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "image/svg+xml" or "application/json")
        {
            type += "; charset=utf-8";
        }

        response.ContentType = type;

        // the version is read before the file: a build that writes the file after this point also sends a reload the page
        // has not seen, so the page, once connected, is told it is older than the server's version
        var version = _hub.Version;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (IOException)
        {
            // the file is being rewritten by a build; the reload that follows shows it
            bytes = [];
        }

        if (type.StartsWith("text/html", StringComparison.Ordinal) && (_live || status == StatusCodes.Status404NotFound))
        {
            var html = Encoding.UTF8.GetString(bytes);
            if (status == StatusCodes.Status404NotFound)
            {
                html = HtmlInjector.RootRelative(html);
            }

            bytes = Encoding.UTF8.GetBytes(_live ? HtmlInjector.Inject(html, _problems, version) : html);
        }

        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(bytes);
        }
    }
}
