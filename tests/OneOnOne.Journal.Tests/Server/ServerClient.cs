using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>Test helpers for the preview server: raw HTTP requests (no client-side path normalisation) and an SSE listener.</summary>
internal static class ServerClient
{
    /// <summary>Sends <c>GET target</c> exactly as given over a raw socket and returns the status code.</summary>
    public static async Task<int> RawStatusAsync(int port, string target) =>
        (await RawAsync(port, target, $"127.0.0.1:{port}")).Status;

    /// <summary>
    /// Sends <c>GET target</c> with that <c>Host</c> header and the extra header lines (e.g. <c>Sec-Fetch-Site: cross-site</c>)
    /// over a raw socket; returns the status code and the response's header lines (lower-cased names), without reading the body.
    /// </summary>
    public static async Task<RawResponse> RawAsync(int port, string target, string host, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var extra = string.Concat(headers.Select(h => h + "\r\n"));
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var parts = statusLine.Split(' ');
        var status = parts.Length > 1 && int.TryParse(parts[1], out var code) ? code : -1;
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadLineAsync() is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                lines[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return new RawResponse(status, lines);
    }
}

/// <summary>A raw response: its status code and header lines (names lower-cased).</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers);

/// <summary>Listens to <c>/__oneonone/events</c> and queues each reload event's data, and each version event's.</summary>
internal sealed class EventListener : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _versions = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private EventListener(HttpClient http)
    {
        _reading = ReadAsync(http);
    }

    public static async Task<EventListener> ConnectAsync(HttpClient http)
    {
        var listener = new EventListener(http);
        await listener._connected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return listener;
    }

    /// <summary>Waits for the next reload event; fails after <paramref name="seconds"/>.</summary>
    public async Task<string> NextReloadAsync(int seconds = 30) =>
        await _events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(seconds));

    /// <summary>Waits for the next version event (the first comes right after connecting); fails after <paramref name="seconds"/>.</summary>
    public async Task<string> NextVersionAsync(int seconds = 10) =>
        await _versions.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(seconds));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("__oneonone/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            string? eventName = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(": connected", StringComparison.Ordinal))
                {
                    _connected.TrySetResult();
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName is "reload" or "version")
                {
                    (eventName == "reload" ? _events : _versions).Writer.TryWrite(line[6..]);
                    eventName = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (HttpRequestException)
        {
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A built journal of one note (Alice Chen, 2026-03-04, "Search rollout") served on a free port, with a client for it.</summary>
internal sealed class ServedJournal : IAsyncDisposable
{
    private ServedJournal(TempJournal journal, PreviewServer server)
    {
        Journal = journal;
        Server = server;
        Http = new HttpClient { BaseAddress = new Uri(server.Url) };
    }

    public TempJournal Journal { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>Builds the journal and serves its output, with live reload or as built.</summary>
    public static async Task<ServedJournal> StartAsync(bool live)
    {
        var journal = new TempJournal();
        journal.Person("alice-chen", "name: Alice Chen\ncadence: weekly");
        journal.Note("2026-03-04-alice-chen", "date: 2026-03-04\nwith: alice-chen\ntitle: Search rollout", "## Notes\nWe talked.\n");
        await journal.BuildAsync();
        return new ServedJournal(journal, await PreviewServer.StartAsync(journal.Output, 0, live));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Journal.Dispose();
    }
}
