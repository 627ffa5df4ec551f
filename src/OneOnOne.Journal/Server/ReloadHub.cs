using Microsoft.AspNetCore.Http;
using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OneOnOne.Journal.Server;

/// <summary>
/// The connected live-reload clients (Server-Sent Events): each gets every reload message in order. A page that
/// was between loads when a message went out (reloading, or not yet connected) would miss it, so every message
/// also advances <see cref="Version"/>: pages carry the version they were served at, and a client that connects
/// is first sent <c>event: version</c> with the current one, and reloads when its page is older.
/// </summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();
    private long _version;

    public int Count => _clients.Count;

    /// <summary>How many reload messages have been sent since the server started (0 before the first).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Advances <see cref="Version"/>, then sends <c>event: reload</c> with <paramref name="data"/> to every connected client.</summary>
    public void Broadcast(string data)
    {
        Interlocked.Increment(ref _version);
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(data);
        }
    }

    /// <summary>Streams reload events to one client until it disconnects or the server stops, starting with the current version.</summary>
    public async Task StreamAsync(HttpResponseStream response, CancellationToken stop)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            // registered before the version is read: a message sent in between is both counted and queued
            await response.WriteAsync($"retry: 500\n: connected\n\nevent: version\ndata: {Version}\n\n", stop);
            while (!stop.IsCancellationRequested)
            {
                using var ping = CancellationTokenSource.CreateLinkedTokenSource(stop);
                ping.CancelAfter(TimeSpan.FromSeconds(15));
                string? message = null;
                try
                {
                    message = await channel.Reader.ReadAsync(ping.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                }

                await response.WriteAsync(message is null ? ": ping\n\n" : $"event: reload\ndata: {message}\n\n", stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }
}

/// <summary>Writes text to an HTTP response and flushes it at once (what an event stream needs).</summary>
internal sealed class HttpResponseStream(Microsoft.AspNetCore.Http.HttpResponse response)
{
    public async Task WriteAsync(string text, CancellationToken cancel)
    {
        await response.WriteAsync(text, cancel);
        await response.Body.FlushAsync(cancel);
    }
}
