namespace OneOnOne.Journal.Server;

/// <summary>
/// Watches the journal's <c>input/</c>, the vault it reads in place (but its hidden folders), the theme folder and <c>settings.yml</c> with
/// <see cref="FileSystemWatcher"/>, and calls back once per burst of changes: editors write a file
/// several times per save (truncate, write; or write a temporary file, rename it over the note), all
/// within a few milliseconds, so the callback runs when no change arrived for <see cref="Quiet"/>.
/// Changes under the output folder are ignored.
/// </summary>
internal sealed class JournalWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<DateTime, Task> _onChange;
    private readonly Action<string?> _onPath;
    private readonly string _output;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private DateTime? _firstChange;
    private readonly TimeSpan _quiet;

    /// <param name="root">The journal root.</param>
    /// <param name="theme">The theme folder in use.</param>
    /// <param name="output">The output folder (ignored).</param>
    /// <param name="onChange">Called with the UTC time of the burst's first change.</param>
    /// <param name="onPath">Called at once with each changed path (both paths of a rename), or null when the watcher lost events.</param>
    /// <param name="quiet">How long the files must stay quiet before <paramref name="onChange"/> runs; <see cref="Quiet"/> when null.</param>
    public JournalWatcher(string root, string theme, string output, Func<DateTime, Task> onChange, Action<string?> onPath, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? Quiet;
        _onChange = onChange;
        _onPath = onPath;
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + Path.DirectorySeparatorChar;
        _timer = new Timer(_ => Fire());
        Watch(Path.Combine(root, "input"), "*", recursive: true);
        Watch(theme, "*", recursive: true);
        Watch(root, "settings.y*ml", recursive: false);
        if (Building.SiteBuilder.LoadSettings(root).Item1.VaultPath(root) is { } vault)
        {
            // a vault read in place (issue #15): its notes and people are input too
            _vault = Path.TrimEndingDirectorySeparator(vault) + Path.DirectorySeparatorChar;
            Watch(vault, "*", recursive: true);
        }
    }

    /// <summary>The vault read in place, with a trailing separator; null when the journal has none.</summary>
    private readonly string? _vault;

    /// <summary>
    /// How long the files must stay quiet before a rebuild starts by default: 20 ms, several times what an
    /// editor's save takes from its first write to its last, and a fifth of the 100 ms a save may take to show.
    /// A write that still comes later only starts another rebuild.
    /// </summary>
    public static TimeSpan Quiet { get; } = TimeSpan.FromMilliseconds(20);

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        watcher.Error += (_, _) =>
        {
            _onPath(null);
            Touch();
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (Path.GetFullPath(e.FullPath).StartsWith(_output, StringComparison.Ordinal))
        {
            return;
        }

        if (_vault is not null && Path.GetFullPath(e.FullPath) is var full && full.StartsWith(_vault, StringComparison.Ordinal)
            && full[_vault.Length..].Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'))
            && Path.GetFileName(full) is not ("templates.json" or "data.json"))
        {
            // Obsidian rewrites .obsidian/workspace.json whenever a pane is focused; hidden folders hold no notes
            return;
        }

        _onPath(Path.GetFullPath(e.FullPath));
        if (e is RenamedEventArgs renamed)
        {
            _onPath(Path.GetFullPath(renamed.OldFullPath));
        }

        Touch();
    }

    private void Touch()
    {
        lock (_gate)
        {
            _firstChange ??= DateTime.UtcNow;
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        DateTime first;
        lock (_gate)
        {
            if (_firstChange is null)
            {
                return;
            }

            first = _firstChange.Value;
            _firstChange = null;
        }

        _ = _onChange(first);
    }
}
