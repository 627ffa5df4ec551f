using System.Collections.Concurrent;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// What one build can reuse from the previous build of the same long-lived session (<c>preview</c>):
/// per-file results of the read and parse modules, and which pages the change can affect.
/// Modules consult it through <see cref="PipelineContext.Cache"/>; with no cache (a plain build),
/// they do all the work. Thread-safe.
/// </summary>
/// <remarks>
/// Reuse is by reference: <c>ReadFiles</c> returns the very same <see cref="Document"/> for a file
/// whose path, length and last-write time did not change, and each later module keeps its output for
/// that input document, so an unchanged note flows through the notes pipeline as cached objects.
/// Diagnostics found in a cached result are reported again on every build.
/// </remarks>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<(string Module, string Source), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, byte> _affectedPeople = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlyList<string>> _notePagePeople = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _goneSources = new();
    private volatile bool _everything = true;
    private volatile bool _referenceDataChanged = true;

    /// <summary>A cached result: the input it was made from, the output, and the diagnostics reported while making it.</summary>
    /// <param name="Input">The input document (compared by reference), or null for <c>ReadFiles</c>.</param>
    /// <param name="Stamp">A text stamp of the input (e.g. length and last-write time), or null.</param>
    /// <param name="Output">The output document.</param>
    /// <param name="Diagnostics">Problems reported for this input.</param>
    public sealed record Entry(Document? Input, string? Stamp, Document Output, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>True when every page must be rendered (first build, theme, settings, people or meeting types changed, or the set of problems changed).</summary>
    public bool Everything => _everything;

    /// <summary>True when people or meeting types changed in this build, so per-note results that resolved names or types must be recomputed.</summary>
    public bool ReferenceDataChanged => _referenceDataChanged;

    /// <summary>Number of per-file results reused in the current build (for diagnostics and benchmarks).</summary>
    public int Hits => _hits;

    private int _hits;

    /// <summary>
    /// Records a path that a file watcher saw change (created, written, renamed or deleted), or null
    /// when the watcher lost track (buffer overflow): then the next build checks every file again.
    /// While a watcher reports to the cache (<see cref="Watching"/>), <c>ReadFiles</c> checks only the
    /// reported files' length and time and reuses the others without touching the disk.
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

    /// <summary>True once a file watcher reports every change to <see cref="Changed"/> (set before the first build that should trust it).</summary>
    public bool Watching { get; set; }

    /// <summary>True when this build may reuse files the watcher did not report without checking them.</summary>
    public bool TrustsWatcher { get; private set; }

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
    /// What <c>ReadFiles</c> listed and read under <paramref name="folder"/> in the previous build, when this
    /// build trusts the watcher and every path it reported under the folder is either a file of that listing
    /// that still exists (an edit) or cannot be one (not <c>*.md</c>, not a folder, e.g. an editor's temp
    /// file); null when the folder must be listed again (a note added, removed or renamed, a folder changed,
    /// or the watcher lost track). <see cref="Listing.Edited"/> holds the indexes of the reported files.
    /// </summary>
    /// <param name="folder">The absolute folder listed.</param>
    public Listing? PreviousListing(string folder)
    {
        if (!TrustsWatcher || !_listings.TryGetValue(folder, out var listing))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(folder);
        var prefix = root + Path.DirectorySeparatorChar;
        var edited = new List<int>();
        foreach (var changed in _buildChanges)
        {
            if (!changed.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (changed == root)
                {
                    return null;
                }

                continue;
            }

            if (listing.Index.TryGetValue(changed, out var index))
            {
                if (File.Exists(changed))
                {
                    edited.Add(index);
                    continue; // an edit
                }

                return null; // removed or renamed away
            }

            if (listing.Folders.Contains(changed) || Directory.Exists(changed) || changed.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return null; // a folder changed, or a new note
            }

            // anything else (an editor's temp or swap file) cannot be listed
        }

        return listing with { Edited = edited };
    }

    /// <summary>
    /// Remembers what <c>ReadFiles</c> listed and read under <paramref name="folder"/> in this build (see
    /// <see cref="PreviousListing"/>). A new listing (not the one <see cref="PreviousListing"/> returned)
    /// is compared with the previous one: its files that are no longer listed are gone (<see cref="EndNotes"/>).
    /// </summary>
    /// <param name="folder">The absolute folder listed.</param>
    /// <param name="entries">The files (absolute paths) with their source paths, in the order read.</param>
    /// <param name="documents">The documents read, one per entry.</param>
    /// <param name="problems">What the listing itself reported (links not followed), to report again when the listing is reused.</param>
    public void RememberListing(string folder, IReadOnlyList<(string FullName, string Source)> entries, IReadOnlyList<Document> documents, IReadOnlyList<Diagnostic>? problems = null)
    {
        if (_listings.TryGetValue(folder, out var known) && ReferenceEquals(known.Entries, entries))
        {
            _listings[folder] = known with { Documents = documents, Edited = [] };
            return;
        }

        var index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var file = entries[i].FullName;
            index[file] = i;
            for (var dir = Path.GetDirectoryName(file); !string.IsNullOrEmpty(dir) && folders.Add(dir); dir = Path.GetDirectoryName(dir))
            {
            }
        }

        if (known is not null)
        {
            var now = entries.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
            foreach (var (_, source) in known.Entries.Where(e => !now.Contains(e.Source)))
            {
                _goneSources.Enqueue(source);
            }
        }

        _listings[folder] = new Listing(entries, index, folders, documents, []) { Problems = problems ?? [] };
    }

    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    /// <summary>What <c>ReadFiles</c> listed and read under one folder (see <see cref="PreviousListing"/>).</summary>
    /// <param name="Entries">The files (absolute paths) with their source paths, in the order read.</param>
    /// <param name="Index">The position of each file (absolute path) in <paramref name="Entries"/>.</param>
    /// <param name="Folders">Every folder above a listed file (absolute paths).</param>
    /// <param name="Documents">The documents read, one per entry.</param>
    /// <param name="Edited">Positions of the files the watcher reported changed since (from <see cref="PreviousListing"/>).</param>
    public sealed record Listing(
        IReadOnlyList<(string FullName, string Source)> Entries,
        IReadOnlyDictionary<string, int> Index,
        IReadOnlySet<string> Folders,
        IReadOnlyList<Document> Documents,
        IReadOnlyList<int> Edited)
    {
        /// <summary>What the listing reported (links not followed, issue #14), to report again when it is reused.</summary>
        public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
    }

    /// <summary>The cached document of a file, whatever its stamp (for files the watcher did not report).</summary>
    public Document? TryGetUnchecked(string module, string source, PipelineContext context)
    {
        if (!_entries.TryGetValue((module, source), out var entry))
        {
            return null;
        }

        foreach (var d in entry.Diagnostics)
        {
            context.Report(d);
        }

        Interlocked.Increment(ref _hits);
        return entry.Output;
    }

    private readonly Lock _changesGate = new();
    private HashSet<string> _pendingChanges = new(StringComparer.Ordinal);
    private HashSet<string> _buildChanges = new(StringComparer.Ordinal);
    private bool _changesUnknown = true;
    private bool _changesMayBeFolders = true;

    /// <summary>Starts a build: clears the change set. <paramref name="everything"/> forces a full render (theme or settings changed, first build).</summary>
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
        if (everything)
        {
            _rows.Clear();
        }

        _affectedPeople.Clear();
        _goneSources.Clear();
        _hits = 0;
    }

    /// <summary>Gets the cached result of <paramref name="module"/> for <paramref name="source"/> when it was made from <paramref name="input"/> (same reference) or with the same <paramref name="stamp"/>; replays its diagnostics into <paramref name="context"/>.</summary>
    /// <returns>The cached output, or null on a miss.</returns>
    public Document? TryGet(string module, string source, Document? input, string? stamp, PipelineContext context)
    {
        if (!_entries.TryGetValue((module, source), out var entry)
            || !ReferenceEquals(entry.Input, input)
            || !string.Equals(entry.Stamp, stamp, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var d in entry.Diagnostics)
        {
            context.Report(d);
        }

        Interlocked.Increment(ref _hits);
        return entry.Output;
    }

    /// <summary>Stores the result of <paramref name="module"/> for <paramref name="source"/>.</summary>
    public void Set(string module, string source, Document? input, string? stamp, Document output, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[(module, source)] = new Entry(input, stamp, output, diagnostics);

    /// <summary>Records that <c>ReadFiles</c> looked at a file in this build, and whether it is new or changed since the last one: a changed person or meeting type forces a full render.</summary>
    /// <param name="source">Source path relative to the journal root.</param>
    /// <param name="changed">True when the file is new or its stamp changed.</param>
    public void Seen(string source, bool changed)
    {
        if (changed && !source.StartsWith("input/notes/", StringComparison.Ordinal))
        {
            // people, meeting types: names, aliases and types resolve against them
            _referenceDataChanged = true;
            _everything = true;
        }
    }

    /// <summary>Marks the people of a changed, added or removed note as affected: their pages are rendered again.</summary>
    public void Affect(IEnumerable<string> personIds)
    {
        foreach (var id in personIds)
        {
            _affectedPeople[id] = 0;
        }
    }

    /// <summary>True when this build renders the pages of person <paramref name="personId"/> again (see <see cref="Affect"/>).</summary>
    public bool IsAffected(string personId) => _affectedPeople.ContainsKey(personId);

    /// <summary>Forces every page to be rendered in this build.</summary>
    public void AffectEverything() => _everything = true;

    /// <summary>
    /// Ends the notes stage: finds files read last time and gone now (a removed note affects its
    /// people; a removed person or meeting type forces a full render) and records which people each
    /// note page shows.
    /// </summary>
    /// <param name="documents">The Notes pipeline's documents (each holds its <see cref="Note"/> under <see cref="Keys.Note"/>).</param>
    internal void EndNotes(IReadOnlyList<Document> documents)
    {
        while (_goneSources.TryDequeue(out var gone))
        {
            if (!gone.StartsWith("input/notes/", StringComparison.Ordinal))
            {
                _everything = true;
            }
            else
            {
                foreach (var old in CachedNotes(gone))
                {
                    Affect(old.With);
                }
            }

            Forget(gone);
        }

        var same = SamePages(_noteDocuments, documents);
        _noteDocuments = documents;
        if (same)
        {
            // after edits that kept every note's page and people (most saves), the map is still right
            return;
        }

        var notes = documents.SelectMany(NotesOf).ToList();

        // a loop, with each note's page path remembered per note object: this runs on every preview rebuild
        var pagePeople = new Dictionary<string, IReadOnlyList<string>>(notes.Count, StringComparer.Ordinal);
        foreach (var note in notes)
        {
            var page = PagePaths.GetValue(note, n => n.Permalink + "index.html");
            if (!pagePeople.TryGetValue(page, out var people))
            {
                pagePeople[page] = note.With;
            }
            else
            {
                pagePeople[page] = [.. people, .. note.With];
            }
        }

        _notePagePeople = pagePeople;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Note, string> PagePaths = new();

    private IReadOnlyList<Document> _noteDocuments = [];

    /// <summary>True when two lists of note documents give the same page paths and people, note by note (the same document object gives the same note).</summary>
    private static bool SamePages(IReadOnlyList<Document> before, IReadOnlyList<Document> after)
    {
        if (before.Count != after.Count || after.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (ReferenceEquals(before[i], after[i]))
            {
                continue;
            }

            if (before[i].Get<IReadOnlyList<Note>>(Keys.Notes) is not null || after[i].Get<IReadOnlyList<Note>>(Keys.Notes) is not null)
            {
                var (x, y) = (NotesOf(before[i]).ToList(), NotesOf(after[i]).ToList());
                if (x.Count != y.Count || x.Zip(y).Any(p => p.First.Permalink != p.Second.Permalink || !p.First.With.SequenceEqual(p.Second.With, StringComparer.Ordinal)))
                {
                    return false;
                }

                continue;
            }

            if (before[i].Get<Note>(Keys.Note) is not { } a || after[i].Get<Note>(Keys.Note) is not { } b
                || a.Permalink != b.Permalink || !a.With.SequenceEqual(b.With, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ends the model stage: when the problems differ from the last build's, every page is rendered (the navigation counts them, note pages list them).</summary>
    internal void EndModel(IEnumerable<Diagnostic> diagnostics)
    {
        var now = diagnostics.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        if (!now.SetEquals(_previousProblems))
        {
            _everything = true;
        }

        _previousProblems = now;
    }

    private HashSet<string> _previousProblems = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a page must be rendered in this build: always for journal-wide pages (dashboard, lists,
    /// actions, prep sheets by type, attention); for a person's pages, goal pages and note pages only
    /// when one of their people is affected; everything when <see cref="Everything"/>.
    /// </summary>
    /// <param name="destination">The page's output path (e.g. <c>people/alice/index.html</c>).</param>
    public bool MustRender(string destination)
    {
        if (_everything)
        {
            return true;
        }

        if (_notePagePeople.TryGetValue(destination, out var people))
        {
            return people.Count == 0 || people.Any(_affectedPeople.ContainsKey);
        }

        var parts = destination.Split('/');
        var person = parts switch
        {
            ["people", var id, "index.html"] => id,
            ["prep", "people", var id, "index.html"] => id,
            ["goals", var id, _, "index.html"] => id,
            _ => null,
        };
        return person is null || _affectedPeople.ContainsKey(person);
    }

    /// <summary>
    /// Records the fingerprint of the page at <paramref name="destination"/> (a hash of its layout, title
    /// and model) and tells whether the previous build rendered it from the same fingerprint, in which
    /// case its output file is still right. Always false in a build that renders <see cref="Everything"/>.
    /// </summary>
    /// <param name="destination">The page's output path.</param>
    /// <param name="fingerprint">The hash of what the page is rendered from.</param>
    public bool Unchanged(string destination, string fingerprint)
    {
        var same = _fingerprints.TryGetValue(destination, out var previous) && previous == fingerprint;
        _fingerprints[destination] = fingerprint;
        return same && !_everything;
    }

    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets a view of a note (a row of a note list) made by an earlier build, when it is still right:
    /// the note is the same object and none of its people is affected by this build's change.
    /// </summary>
    /// <param name="note">The note (compared by reference).</param>
    /// <param name="row">The view made earlier.</param>
    public bool TryGetRow(Note note, out object? row)
    {
        row = null;
        return !_everything && !MustRender(note.Permalink + "index.html") && _rows.TryGetValue(note, out row);
    }

    /// <summary>Keeps the view of a note for later builds (see <see cref="TryGetRow"/>).</summary>
    public void SetRow(Note note, object row) => _rows[note] = row;

    private readonly ConcurrentDictionary<object, object> _rows = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The state a module keeps from one build of the session to the next under <paramref name="key"/>
    /// (e.g. <see cref="Modules.CacheDocuments"/>' results by input document), made on first use.
    /// </summary>
    internal T State<T>(string key)
        where T : class, new() => (T)_states.GetOrAdd(key, _ => new T());

    private readonly ConcurrentDictionary<string, object> _states = new(StringComparer.Ordinal);

    /// <summary>Finds the notes a notes-pipeline result holds for a source, from the cache (one, or a running document's sections).</summary>
    internal IEnumerable<Note> CachedNotes(string source) =>
        _entries.TryGetValue(("CreateNotes", source), out var e) ? NotesOf(e.Output) : [];

    /// <summary>The notes a Notes pipeline document holds: its <see cref="Keys.Note"/>, or a running document's <see cref="Keys.Notes"/>; none for a file left out.</summary>
    public static IEnumerable<Note> NotesOf(Document document) =>
        document.Get<IReadOnlyList<Note>>(Keys.Notes) ?? (document.Get<Note>(Keys.Note) is { } note ? [note] : []);

    /// <summary>Forgets a per-file result (a removed file).</summary>
    internal void Forget(string source)
    {
        foreach (var key in _entries.Keys.Where(k => k.Source == source))
        {
            _entries.TryRemove(key, out _);
        }
    }
}
