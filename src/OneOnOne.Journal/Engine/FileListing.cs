namespace OneOnOne.Journal.Engine;

/// <summary>
/// Lists the <c>*.md</c> files below a folder, following symbolic links safely (issue #14). .NET's recursive
/// enumeration follows every linked folder, so a link to a parent folder lists each note once per loop turn (up to
/// the system's 40 links, "every note appears 40 times") and two such links grow without end. Here:
/// <list type="bullet">
/// <item>the real folders are listed first, without following any link, so a note is always listed under its real path;</item>
/// <item>then each link is resolved to its real target (every link on the way followed, as the system does): a link whose
/// target is outside the allowed folders (the journal root, and the folder listed) is skipped; a link that cannot be
/// resolved (a circle of links) or points to nothing is skipped; a link to a folder or note already listed (a loop, or a
/// second way to the same place) is skipped, so that no note is read twice; a link to a new folder inside the root is
/// listed the same way, its own links queued in turn;</item>
/// <item>every link skipped is reported once, as a <see cref="Problem"/> naming the link, never its target (which may be a
/// private path outside the journal).</item>
/// </list>
/// Names starting with <c>.</c> (hidden files and folders, editors' swap files) are skipped, as are the excluded folders.
/// </summary>
public static class FileListing
{
    /// <summary>A file listed: its path as found (under the listed folder; through a link for a linked note) and, when asked, its stamp.</summary>
    /// <param name="FullName">Absolute path under the listed folder.</param>
    /// <param name="Stamp">"length:last-write-ticks" of the real file, or null when stamps were not asked for.</param>
    public sealed record Entry(string FullName, string? Stamp);

    /// <summary>A link that was not followed.</summary>
    /// <param name="FullName">Absolute path of the link, under the listed folder.</param>
    /// <param name="Message">Why it was skipped and what to do, for the user.</param>
    public sealed record Problem(string FullName, string Message);

    /// <summary>The result of <see cref="List"/>.</summary>
    /// <param name="Files">The <c>*.md</c> files, each real file once, in no particular order.</param>
    /// <param name="Problems">The links skipped, each once.</param>
    public sealed record Result(IReadOnlyList<Entry> Files, IReadOnlyList<Problem> Problems);

    /// <summary>Lists <paramref name="folder"/> (which must exist).</summary>
    /// <param name="folder">The absolute folder to list; if it is itself a link, its target is listed (the configured place is trusted).</param>
    /// <param name="allowed">Absolute folders that links may point into (the journal root); the listed folder's real path is always allowed.</param>
    /// <param name="exclude">Absolute folders not to list, real or through a link.</param>
    /// <param name="stamps">Whether to give each file's stamp (costs a stat per file).</param>
    /// <param name="fileSystem">Where to list (<see cref="PipelineContext.FileSystem"/>); the disk when null.</param>
    public static Result List(string folder, IReadOnlyList<string> allowed, IReadOnlyList<string>? exclude, bool stamps, IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        var realFolder = RealPath(folder, fs) ?? Path.GetFullPath(folder);
        var roots = allowed.Select(a => RealPath(a, fs) ?? Path.GetFullPath(a)).Append(realFolder).ToList();
        var excluded = (exclude ?? []).SelectMany(x => new[] { Path.GetFullPath(x), RealPath(x, fs) }).OfType<string>().Distinct().ToList();
        var folders = new HashSet<string>(StringComparer.Ordinal) { realFolder };
        var files = new Dictionary<string, string>(StringComparer.Ordinal); // real path -> path listed
        var entries = new List<Entry>();
        var problems = new List<Problem>();
        var links = new Queue<(string FullName, string RealParent)>();

        void Walk(string start, string realStart)
        {
            var pending = new Stack<(string Dir, string Real)>();
            pending.Push((start, realStart));
            while (pending.TryPop(out var dir))
            {
                foreach (var (name, isDirectory, isLink, stamp) in Children(fs, dir.Dir, stamps))
                {
                    var full = Path.Combine(dir.Dir, name);
                    var real = Path.Combine(dir.Real, name);
                    if (isLink)
                    {
                        links.Enqueue((full, dir.Real));
                    }
                    else if (isDirectory)
                    {
                        if (!IsExcluded(full) && !IsExcluded(real) && folders.Add(real))
                        {
                            pending.Push((full, real));
                        }
                    }
                    else if (IsNote(name) && files.TryAdd(real, full))
                    {
                        entries.Add(new Entry(full, stamp));
                    }
                }
            }
        }

        bool IsExcluded(string path) => excluded.Any(x => IsInside(path, x));

        Walk(folder, realFolder);
        while (links.TryDequeue(out var link))
        {
            var target = RealPath(link.FullName, fs);
            if (target is null)
            {
                problems.Add(new Problem(link.FullName, "this symbolic link leads back to itself through other links; it was not followed: remove it or point it at a real folder or note"));
            }
            else if (fs.FolderExists(target))
            {
                if (!roots.Any(r => IsInside(target, r)))
                {
                    problems.Add(new Problem(link.FullName, "this is a symbolic link to a folder outside the journal folder; it was not followed (links are followed only within the journal): move that folder into the journal, or remove the link"));
                }
                else if (IsExcluded(target) || IsExcluded(link.FullName))
                {
                    // an excluded folder (people, meeting types) is read by its own pipeline
                }
                else if (IsInside(link.RealParent, target))
                {
                    problems.Add(new Problem(link.FullName, "this is a symbolic link to a folder that contains it (a loop); it was not followed, so every note is read once: remove the link"));
                }
                else if (!folders.Add(target))
                {
                    problems.Add(new Problem(link.FullName, "this is a symbolic link to a folder that is already read by another path; it was not followed, so every note is read once"));
                }
                else
                {
                    Walk(link.FullName, target);
                }
            }
            else if (!IsNote(Path.GetFileName(link.FullName)))
            {
                // not a note (or pointing to nothing): not listed, as a file of that name would not be
            }
            else if (!fs.FileExists(target))
            {
                problems.Add(new Problem(link.FullName, "this is a symbolic link to a note that does not exist; it was skipped: remove it or point it at the note"));
            }
            else if (!roots.Any(r => IsInside(target, r)))
            {
                problems.Add(new Problem(link.FullName, "this is a symbolic link to a file outside the journal folder; it was not read (links are followed only within the journal): move the note into the journal, or remove the link"));
            }
            else if (!files.TryAdd(target, link.FullName))
            {
                problems.Add(new Problem(link.FullName, $"this is a symbolic link to a note that is already read as {Path.GetFileName(files[target])}; it was not read again, so the note appears once"));
            }
            else
            {
                entries.Add(new Entry(link.FullName, stamps ? FileStamp.Of(fs.Stat(target)) : null));
            }
        }

        return new Result(entries, problems);
    }

    /// <summary>The <see cref="FileStamp"/> of a file: what tells a preview rebuild that it changed.</summary>
    public static string Stamp(FileStat f) => FileStamp.Of(f);

    private static bool IsNote(string name) =>
        name.EndsWith(".md", OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it (both absolute, normalised).</summary>
    private static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path.Length == root.Length
            ? string.Equals(path, root, StringComparison.Ordinal)
            : path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length && (path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar));
    }

    /// <summary>The entries of one folder, by name order, without hidden ones; links are marked and not looked through.</summary>
    private static List<(string Name, bool IsDirectory, bool IsLink, string? Stamp)> Children(IFileSystem fs, string dir, bool stamps)
    {
        var list = new List<(string Name, bool IsDirectory, bool IsLink, string? Stamp)>();
        try
        {
            foreach (var e in fs.List(dir, stats: stamps))
            {
                if (!e.Name.StartsWith('.') && !e.Hidden)
                {
                    list.Add((e.Name, e.Kind == EntryKind.Folder, e.Kind == EntryKind.Link, stamps && e.Kind == EntryKind.File ? FileStamp.Of(e.Length, e.LastWriteUtc) : null));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a folder that went away or cannot be read while listing: its notes are not there to read
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }

    /// <summary>
    /// The real path of <paramref name="path"/>: every symbolic link on it resolved (each <c>..</c> taken after the link
    /// before it, as the system does); null when more than 40 links are met (a circle of links), as the system refuses it.
    /// A path that does not exist is resolved as far as it exists.
    /// </summary>
    /// <param name="path">The path to resolve.</param>
    /// <param name="fileSystem">Where (<see cref="PipelineContext.FileSystem"/>); the disk when null.</param>
    public static string? RealPath(string path, IFileSystem? fileSystem = null)
    {
        var hops = 0;
        return RealPath(Path.GetFullPath(path), ref hops, fileSystem ?? PhysicalFileSystem.Instance);
    }

    private static string? RealPath(string full, ref int hops, IFileSystem fs)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = fs.LinkTarget(next);
            }
            catch (IOException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > 40)
            {
                return null;
            }

            // a relative target is relative to the folder holding the link, which is real by now
            var resolved = RealPath(Path.IsPathRooted(target) ? target : current + Path.DirectorySeparatorChar + target, ref hops, fs);
            if (resolved is null)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }
}
