using System.Collections.Concurrent;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// What <see cref="ReadFiles"/> listed and read under each folder in the previous build of a preview session (a
/// <see cref="SessionState"/> memo, <see cref="Of"/>): when the watcher reported only edits of listed files, the
/// folder need not be listed again (<see cref="Previous"/>); when it was, the files no longer listed are gone
/// (<see cref="TakeGone"/>, for <see cref="RememberNotes"/>). Thread-safe.
/// </summary>
public sealed class ListingMemo : IBuildMemo
{
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _goneSources = new();

    /// <summary>What <see cref="ReadFiles"/> listed and read under one folder (see <see cref="Previous"/>).</summary>
    /// <param name="Entries">The files (absolute paths) with their source paths, in the order read.</param>
    /// <param name="Index">The position of each file (absolute path) in <paramref name="Entries"/>.</param>
    /// <param name="Folders">Every folder above a listed file (absolute paths).</param>
    /// <param name="Documents">The documents read, one per entry.</param>
    /// <param name="Edited">Positions of the files the watcher reported changed since (from <see cref="Previous"/>).</param>
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

    /// <summary>The session's listings, or null in a plain build (nothing is kept).</summary>
    public static ListingMemo? Of(PipelineContext context) => context.Session?.Get<ListingMemo>();

    /// <inheritdoc />
    public void BeginBuild(ChangeSet changes) => _goneSources.Clear();

    /// <summary>
    /// What was listed and read under <paramref name="folder"/> in the previous build, when this build trusts the
    /// watcher (<see cref="ChangeSet.TrustsWatcher"/>) and every path it reported under the folder is either a file of
    /// that listing that still exists (an edit) or cannot be one (not <c>*.md</c>, not a folder, e.g. an editor's temp
    /// file); null when the folder must be listed again (a note added, removed or renamed, a folder changed, or the
    /// watcher lost track). <see cref="Listing.Edited"/> holds the indexes of the reported files.
    /// </summary>
    /// <param name="folder">The absolute folder listed.</param>
    /// <param name="changes">This build's changes.</param>
    public Listing? Previous(string folder, ChangeSet changes)
    {
        if (!changes.TrustsWatcher || !_listings.TryGetValue(folder, out var listing))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(folder);
        var prefix = root + Path.DirectorySeparatorChar;
        var edited = new List<int>();
        foreach (var changed in changes.Paths)
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
    /// Remembers what was listed and read under <paramref name="folder"/> in this build (see <see cref="Previous"/>).
    /// A new listing (not the one <see cref="Previous"/> returned) is compared with the previous one: its files that
    /// are no longer listed are gone (<see cref="TakeGone"/>).
    /// </summary>
    /// <param name="folder">The absolute folder listed.</param>
    /// <param name="entries">The files (absolute paths) with their source paths, in the order read.</param>
    /// <param name="documents">The documents read, one per entry.</param>
    /// <param name="problems">What the listing itself reported (links not followed), to report again when the listing is reused.</param>
    public void Remember(string folder, IReadOnlyList<(string FullName, string Source)> entries, IReadOnlyList<Document> documents, IReadOnlyList<Diagnostic>? problems = null)
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

    /// <summary>Takes the source paths listed in the previous build and gone in this one (each once).</summary>
    public IEnumerable<string> TakeGone()
    {
        while (_goneSources.TryDequeue(out var gone))
        {
            yield return gone;
        }
    }
}
