using Microsoft.AspNetCore.Http;
using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OneOnOne.Journal.Server;

/// <summary>The connected live-reload clients (Server-Sent Events): each gets every reload message in order.</summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int Count => _clients.Count;

    /// <summary>Sends <c>event: reload</c> with <paramref name="data"/> to every connected client.</summary>
    public void Broadcast(string data)
    {
        foreach (var channel in _clients.Values)
        {
            channel.Writer.TryWrite(data);
        }
    }

    /// <summary>Streams reload events to one client until it disconnects or the server stops.</summary>
    public async Task StreamAsync(HttpResponseStream response, CancellationToken stop)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            await response.WriteAsync("retry: 500\n: connected\n\n", stop);
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
