using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Server;

/// <summary>
/// <c>preview</c> as an object: builds the journal, serves the output with live reload, and on every
/// burst of changes rebuilds incrementally (one build at a time; a change during a build queues one
/// more), updates the error panel and tells open pages to reload.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly BuildSession _session;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Action<BuildResult>? _onBuilt;
    private JournalWatcher? _watcher;
    private int _pending;

    private PreviewSession(BuildOptions options, BuildSession session, PreviewServer server, Action<BuildResult>? onBuilt)
    {
        _options = options;
        _session = session;
        Server = server;
        _onBuilt = onBuilt;
    }

    /// <summary>The server.</summary>
    public PreviewServer Server { get; }

    /// <summary>The first build's result.</summary>
    public BuildResult? FirstBuild { get; private set; }

    /// <summary>Number of builds done.</summary>
    public int Builds => _session.Builds;

    /// <summary>
    /// Builds once, then starts the server and the watcher. Throws <see cref="PortInUseException"/>
    /// when the port is taken. A refused build (unusable output folder) is returned in
    /// <see cref="FirstBuild"/> and the server is still started so that fixing it shows.
    /// </summary>
    /// <param name="options">The journal's build options (mode Preview).</param>
    /// <param name="port">The port, 0 for any free one.</param>
    /// <param name="onBuilt">Called after each rebuild with its result (for the console).</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, Action<BuildResult>? onBuilt = null)
    {
        var buildSession = new BuildSession();

        // watch before the first build, so that no save is missed; rebuilds wait until the server is up
        var ready = new TaskCompletionSource<PreviewSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new JournalWatcher(
            options.RootPath,
            options.ThemePath,
            options.OutputPath,
            async _ => await (await ready.Task.ConfigureAwait(false)).RebuildAsync().ConfigureAwait(false),
            buildSession.Changes.Changed);
        buildSession.Changes.Watching = true;
        BuildResult first;
        PreviewServer server;
        try
        {
            first = await SiteBuilder.BuildAsync(options, null, buildSession).ConfigureAwait(false);
            server = await PreviewServer.StartAsync(options.OutputPath, port, live: true).ConfigureAwait(false);
        }
        catch
        {
            watcher.Dispose();
            ready.TrySetCanceled();
            throw;
        }

        var session = new PreviewSession(options, buildSession, server, onBuilt) { FirstBuild = first, _watcher = watcher };

        // pages of the saved note and its people reload as soon as they are written; the rest after the whole rebuild
        buildSession.FirstPagesWritten = paths =>
        {
            if (paths.Count > 0)
            {
                server.Reload(ReloadMessage.Create(buildSession.Builds, paths));
            }
        };
        server.SetProblems(first.Diagnostics);
        ready.SetResult(session);
        return session;
    }

    /// <summary>Rebuilds now and reloads open pages (what a file change does).</summary>
    public async Task RebuildAsync()
    {
        if (Interlocked.Increment(ref _pending) > 2)
        {
            // one build is running and one is already queued: that queued one will see this change
            Interlocked.Decrement(ref _pending);
            return;
        }

        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            BuildResult result;
            var refusedBy = "theme";
            try
            {
                result = await SiteBuilder.BuildAsync(_options, null, _session).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // bad input is reported, never thrown; anything that still throws must not end the preview's rebuilds
                // (issue #14): it shows in the error panel and the console, and the next save rebuilds everything
                _session.OutputFiles = null;
                refusedBy = "preview";
                result = new BuildResult(null, [], 0, 0, TimeSpan.Zero, $"the rebuild failed unexpectedly ({e.GetType().Name}: {e.Message.TrimEnd('.')}); the next save rebuilds everything");
            }

            Server.SetProblems(result.Refused is null
                ? result.Diagnostics
                : [Diagnostic.Error(refusedBy, 1, result.Refused), .. result.Diagnostics]);
            Server.Reload(ReloadMessage.Create(_session.Builds, result.Refused is null && !result.RenderedEverything ? result.LateChanges : null));
            _onBuilt?.Invoke(result);
            if (Volatile.Read(ref _pending) == 1)
            {
                // nothing queued: collect the rebuild's garbage now, while the page is being read, so that the next
                // save's first stage does not stop for a collection of it (docs/benchmarks.md, "Preview: save to reload");
                // a full blocking collection, as concurrent GC is off (OneOnOne.Journal.csproj)
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
            _building.Release();
        }
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await Server.DisposeAsync().ConfigureAwait(false);
        _building.Dispose();
    }
}
