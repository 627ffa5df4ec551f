using System.Collections.Concurrent;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// What changed since the previous build of a long-lived session (<c>preview</c>): the paths a file watcher
/// reported, the keys (e.g. person ids) whose pages the change affects, and whether everything must be done
/// again. The engine knows nothing of what a key or a page means: the modules that read the inputs say what
/// changed (<see cref="Affect"/>, <see cref="AffectEverything"/>), and the site's <see cref="IRenderScope"/>
/// turns that into which pages render (<see cref="MustRender"/>). Reached through <see cref="PipelineContext.Changes"/>;
/// null in a plain build, which does everything. Thread-safe.
/// </summary>
public sealed class ChangeSet
{
    private readonly ConcurrentDictionary<string, byte> _affected = new(StringComparer.Ordinal);
    private readonly Lock _changesGate = new();
    private HashSet<string> _pendingChanges = new(StringComparer.Ordinal);
    private HashSet<string> _buildChanges = new(StringComparer.Ordinal);
    private bool _changesUnknown = true;
    private bool _changesMayBeFolders = true;
    private volatile bool _everything = true;
    private volatile bool _referenceDataChanged = true;

    /// <summary>True when every page must be rendered (first build, theme, settings or reference data changed, or the set of problems changed).</summary>
    public bool Everything => _everything;

    /// <summary>True when reference data (people, meeting types) changed in this build, so per-input results that resolved against it must be recomputed.</summary>
    public bool ReferenceDataChanged => _referenceDataChanged;

    /// <summary>Which pages depend on which keys: supplied by the site through the session (<see cref="SessionState"/>); null renders every page.</summary>
    public IRenderScope? Scope { get; set; }

    /// <summary>True once a file watcher reports every change to <see cref="Changed"/> (set before the first build that should trust it).</summary>
    public bool Watching { get; set; }

    /// <summary>True when this build may reuse files the watcher did not report without checking them.</summary>
    public bool TrustsWatcher { get; private set; }

    /// <summary>The absolute paths the watcher reported between the previous build's start and this one's (files or folders).</summary>
    public IReadOnlyCollection<string> Paths => _buildChanges;

    /// <summary>
    /// Records a path that a file watcher saw change (created, written, renamed or deleted), or null when the
    /// watcher lost track (buffer overflow): then the next build checks every file again.
    /// </summary>
    /// <param name="fullPath">The absolute path that changed, or null for "unknown".</param>
    public void Changed(string? fullPath)
    {
        lock (_changesGate)
        {
            if (fullPath is null)
            {
                _changesUnknown = true;
            }
            else
            {
                _pendingChanges.Add(fullPath);
            }
        }
    }

    /// <summary>True when the watcher reported <paramref name="fullPath"/> (or a folder above it) since the previous build.</summary>
    public bool ReportedChanged(string fullPath)
    {
        if (_buildChanges.Contains(fullPath))
        {
            return true;
        }

        if (!_changesMayBeFolders)
        {
            // every reported path is an existing file: no folder above this one was renamed or deleted
            return false;
        }

        // a renamed or deleted folder is reported once, for the folder
        for (var dir = Path.GetDirectoryName(fullPath); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (_buildChanges.Contains(dir))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Starts a build: the paths reported so far become this build's (<see cref="Paths"/>), and no key is affected yet.
    /// <paramref name="everything"/> forces a full build (theme or settings changed, first build).
    /// </summary>
    public void BeginBuild(bool everything)
    {
        lock (_changesGate)
        {
            // changes reported from now on belong to the next build
            TrustsWatcher = Watching && !_changesUnknown && !everything;
            _buildChanges = _pendingChanges;
            _pendingChanges = new HashSet<string>(StringComparer.Ordinal);
            _changesMayBeFolders = _buildChanges.Any(p => !File.Exists(p));
            _changesUnknown = false;
        }

        _everything = everything;
        _referenceDataChanged = everything;
        _affected.Clear();
    }

    /// <summary>Records that reference data changed (a person or meeting type file new, edited or gone): everything is done again.</summary>
    public void ReferenceDataChangedNow()
    {
        _referenceDataChanged = true;
        _everything = true;
    }

    /// <summary>Marks keys (e.g. the people of a changed, added or removed note) as affected: the pages that depend on them render again.</summary>
    public void Affect(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _affected[key] = 0;
        }
    }

    /// <summary>True when this build affects <paramref name="key"/> (see <see cref="Affect"/>).</summary>
    public bool IsAffected(string key) => _affected.ContainsKey(key);

    /// <summary>Forces every page to be rendered in this build.</summary>
    public void AffectEverything() => _everything = true;

    /// <summary>Whether the page at <paramref name="destination"/> (an output path) must be rendered in this build: always when <see cref="Everything"/>, else as the <see cref="Scope"/> says.</summary>
    public bool MustRender(string destination) => _everything || Scope is null || Scope.MustRender(destination, this);
}
