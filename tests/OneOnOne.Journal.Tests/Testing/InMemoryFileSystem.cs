using System.Buffers;
using System.Text;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>
/// An <see cref="IFileSystem"/> held in memory, for running one module on a few files without a disk (in the spirit of
/// Statiq.Testing's <c>TestFileProvider</c>). It has files, folders and symbolic links, resolved as a Unix system does:
/// every link on a path is followed (a relative target from the link's folder, <c>..</c> after the link), more than 40
/// links on one path is an <see cref="IOException"/>, and <see cref="IFileSystem.List"/> marks links without looking
/// through them, so <see cref="FileListing"/>'s rules (links only within the journal, loops, each note once) run
/// unchanged; a link is a file to <see cref="FileExists"/> and <see cref="Stat"/> (which give the link itself, as .NET's
/// <c>FileInfo</c> does) unless it leads to a folder. Each write stamps the file with a later time (<see cref="Clock"/>), so a preview's stamps see it change.
/// Paths are absolute; a file's parent folders are made when it is added. Safe to use from parallel modules (one lock).
/// </summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private const int MaxLinks = 40;

    private readonly object _gate = new();
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _children = new(StringComparer.Ordinal);

    public InMemoryFileSystem()
    {
        _nodes[Root] = new Folder();
        _children[Root] = new SortedSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The time the next write is stamped with; each write moves it on by a second.</summary>
    public DateTime Clock { get; set; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How many times a file was written (<see cref="IFileSystem.WriteIfChanged"/> that changed it, <see cref="IFileSystem.WriteAllBytes"/>).</summary>
    public int Writes { get; private set; }

    private static string Root => Path.GetPathRoot(Path.GetTempPath()) ?? "/";

    // ---- building a tree (test set-up) ----

    /// <summary>Adds (or replaces) a file with <paramref name="text"/> as UTF-8, making its folders.</summary>
    public InMemoryFileSystem AddFile(string path, string text) => AddFile(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds (or replaces) a file with <paramref name="bytes"/>, making its folders.</summary>
    public InMemoryFileSystem AddFile(string path, byte[] bytes)
    {
        lock (_gate)
        {
            var full = Resolve(path, followLast: false);
            MakeFolders(Parent(full));
            Put(full, new FileNode([.. bytes], Tick()));
        }

        return this;
    }

    /// <summary>Adds a folder and its parents.</summary>
    public InMemoryFileSystem AddFolder(string path)
    {
        CreateFolder(path);
        return this;
    }

    /// <summary>Adds a symbolic link at <paramref name="path"/> holding <paramref name="target"/> as given (absolute, or relative to the link's folder); the target need not exist.</summary>
    public InMemoryFileSystem AddLink(string path, string target)
    {
        lock (_gate)
        {
            var full = Resolve(path, followLast: false);
            MakeFolders(Parent(full));
            Put(full, new LinkNode(target, Tick()));
        }

        return this;
    }

    /// <summary>Sets the last write time of a file.</summary>
    public void SetLastWrite(string path, DateTime utc)
    {
        lock (_gate)
        {
            if (_nodes.GetValueOrDefault(Resolve(path, followLast: true)) is not FileNode file)
            {
                throw new FileNotFoundException("no such file", path);
            }

            file.LastWriteUtc = utc;
        }
    }

    /// <summary>The text of a file, as UTF-8.</summary>
    public string ReadText(string path) => Encoding.UTF8.GetString(ReadAllBytes(path));

    /// <summary>Every file (not link, not folder) below <paramref name="folder"/>, as paths relative to it with <c>/</c>, in ordinal order.</summary>
    public IReadOnlyList<string> FilesBelow(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        lock (_gate)
        {
            return [.. _nodes.Where(n => n.Value is FileNode && n.Key.StartsWith(root, StringComparison.Ordinal))
                .Select(n => n.Key[root.Length..].Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)];
        }
    }

    // ---- IFileSystem ----

    /// <inheritdoc />
    public bool FileExists(string path)
    {
        lock (_gate)
        {
            // as File.Exists on Unix: a link is a file unless it leads to a folder (even a link to nothing)
            return TryResolve(path, out var full, followLast: false) && _nodes.GetValueOrDefault(full) switch
            {
                FileNode => true,
                LinkNode => !LeadsToFolder(full),
                _ => false,
            };
        }
    }

    /// <inheritdoc />
    public bool FolderExists(string path)
    {
        lock (_gate)
        {
            return TryResolve(path, out var full) && _nodes.GetValueOrDefault(full) is Folder;
        }
    }

    /// <inheritdoc />
    public FileStat Stat(string path)
    {
        lock (_gate)
        {
            // as FileInfo on Unix: a link is stat-ed itself (the length of its target's path, its own time) unless it leads to a folder
            return !TryResolve(path, out var full, followLast: false) ? default : _nodes.GetValueOrDefault(full) switch
            {
                FileNode file => new FileStat(true, file.Bytes.Length, file.LastWriteUtc),
                LinkNode link when !LeadsToFolder(full) => new FileStat(true, Encoding.UTF8.GetByteCount(link.Target), link.LastWriteUtc),
                _ => default,
            };
        }
    }

    /// <inheritdoc />
    public string? LinkTarget(string path)
    {
        lock (_gate)
        {
            return _nodes.GetValueOrDefault(Resolve(path, followLast: false)) is LinkNode link ? link.Target : null;
        }
    }

    /// <inheritdoc />
    public IEnumerable<FolderEntry> List(string folder, bool stats)
    {
        lock (_gate)
        {
            var full = Resolve(folder, followLast: true);
            if (_nodes.GetValueOrDefault(full) is not Folder)
            {
                throw new DirectoryNotFoundException($"Could not find a part of the path '{folder}'.");
            }

            return [.. _children[full].Select(name => _nodes[Join(full, name)] switch
            {
                FileNode f => new FolderEntry(name, EntryKind.File, stats ? f.Bytes.Length : 0, stats ? f.LastWriteUtc : default, false),
                Folder => new FolderEntry(name, EntryKind.Folder, 0, default, false),
                _ => new FolderEntry(name, EntryKind.Link, 0, default, false),
            })];
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> ListFilesBelow(string folder)
    {
        lock (_gate)
        {
            var files = new List<string>();
            var pending = new Stack<(string Path, int Depth)>();
            pending.Push((Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), 0));
            while (pending.TryPop(out var dir))
            {
                if (!TryResolve(dir.Path, out var real) || _nodes.GetValueOrDefault(real) is not Folder || dir.Depth > MaxLinks)
                {
                    continue;
                }

                foreach (var name in _children[real])
                {
                    // as .NET's recursive enumeration: a link to a folder is listed through, a link to a file is a file
                    var path = Join(dir.Path, name);
                    var target = TryResolve(path, out var t) ? _nodes.GetValueOrDefault(t) : null;
                    if (target is Folder)
                    {
                        pending.Push((path, dir.Depth + 1));
                    }
                    else if (target is FileNode || _nodes[Join(real, name)] is LinkNode)
                    {
                        files.Add(path);
                    }
                }
            }

            return files;
        }
    }

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path)
    {
        lock (_gate)
        {
            return [.. FileAt(path).Bytes];
        }
    }

    /// <inheritdoc />
    public PooledFile ReadPooled(string path, long maxBytes)
    {
        lock (_gate)
        {
            var file = FileAt(path);
            if (file.Bytes.Length > maxBytes)
            {
                return new PooledFile(null, 0, file.Bytes.Length);
            }

            var rented = ArrayPool<byte>.Shared.Rent(Math.Max(file.Bytes.Length, 1));
            file.Bytes.CopyTo(rented, 0);
            return new PooledFile(rented, file.Bytes.Length, 0);
        }
    }

    /// <inheritdoc />
    public bool WriteIfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var full = Resolve(path, followLast: true);
            MakeFolders(Parent(full));
            if (_nodes.GetValueOrDefault(full) is FileNode existing && existing.Bytes.AsSpan().SequenceEqual(bytes))
            {
                return false;
            }

            Put(full, new FileNode(bytes.ToArray(), Tick()));
            Writes++;
            return true;
        }
    }

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var full = Resolve(path, followLast: true);
            if (_nodes.GetValueOrDefault(Parent(full)) is not Folder)
            {
                throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
            }

            Put(full, new FileNode(bytes.ToArray(), Tick()));
            Writes++;
        }
    }

    /// <inheritdoc />
    public void CreateFolder(string path)
    {
        lock (_gate)
        {
            MakeFolders(Resolve(path, followLast: true));
        }
    }

    /// <inheritdoc />
    public void DeleteFile(string path)
    {
        lock (_gate)
        {
            if (!TryResolve(path, out var full, followLast: false))
            {
                return;
            }

            switch (_nodes.GetValueOrDefault(full))
            {
                case Folder:
                    throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
                case null:
                    return;
                default:
                    Remove(full);
                    return;
            }
        }
    }

    /// <inheritdoc />
    public void MoveFile(string from, string to)
    {
        lock (_gate)
        {
            var source = Resolve(from, followLast: false);
            var node = _nodes.GetValueOrDefault(source);
            if (node is null or Folder)
            {
                throw new FileNotFoundException($"Could not find file '{from}'.", from);
            }

            var target = Resolve(to, followLast: false);
            if (_nodes.GetValueOrDefault(Parent(target)) is not Folder)
            {
                throw new DirectoryNotFoundException($"Could not find a part of the path '{to}'.");
            }

            if (_nodes.GetValueOrDefault(target) is Folder)
            {
                throw new IOException($"'{to}' is a folder.");
            }

            Remove(source);
            Put(target, node);
        }
    }

    // ---- the tree ----

    private bool LeadsToFolder(string full) => TryResolve(full, out var target) && _nodes.GetValueOrDefault(target) is Folder;

    private FileNode FileAt(string path) =>
        _nodes.GetValueOrDefault(Resolve(path, followLast: true)) switch
        {
            FileNode file => file,
            Folder => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
            _ => throw new FileNotFoundException($"Could not find file '{path}'.", path),
        };

    private DateTime Tick()
    {
        var now = Clock;
        Clock = now.AddSeconds(1);
        return now;
    }

    private void MakeFolders(string full)
    {
        if (_nodes.TryGetValue(full, out var node))
        {
            if (node is not Folder)
            {
                throw new IOException($"'{full}' exists and is not a folder.");
            }

            return;
        }

        MakeFolders(Parent(full));
        Put(full, new Folder());
    }

    private void Put(string full, Node node)
    {
        if (_nodes.GetValueOrDefault(full) is Folder && node is not Folder)
        {
            throw new IOException($"'{full}' is a folder.");
        }

        _nodes[full] = node;
        if (node is Folder)
        {
            _children.TryAdd(full, new SortedSet<string>(StringComparer.Ordinal));
        }

        _children[Parent(full)].Add(Path.GetFileName(full));
    }

    private void Remove(string full)
    {
        _nodes.Remove(full);
        _children[Parent(full)].Remove(Path.GetFileName(full));
    }

    private static string Parent(string full) => Path.GetDirectoryName(full) ?? full;

    private static string Join(string folder, string name) => Path.Join(folder, name);

    private bool TryResolve(string path, out string full, bool followLast = true)
    {
        try
        {
            full = Resolve(path, followLast);
            return true;
        }
        catch (IOException)
        {
            full = "";
            return false;
        }
    }

    /// <summary>The path with every link on it resolved (the last one only when <paramref name="followLast"/>); an <see cref="IOException"/> past 40 links.</summary>
    private string Resolve(string path, bool followLast)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(path), followLast, ref hops);
    }

    private string Resolve(string full, bool followLast, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? Root;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Parent(current);
                continue;
            }

            var next = Join(current, part);
            if (_nodes.GetValueOrDefault(next) is LinkNode link && (followLast || i < parts.Length - 1))
            {
                if (++hops > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links: '{full}'.");
                }

                current = Resolve(Path.IsPathRooted(link.Target) ? link.Target : current + Path.DirectorySeparatorChar + link.Target, followLast: true, ref hops);
            }
            else
            {
                current = next;
            }
        }

        return current;
    }

    private abstract class Node;

    private sealed class Folder : Node;

    private sealed class FileNode(byte[] bytes, DateTime lastWriteUtc) : Node
    {
        public byte[] Bytes { get; } = bytes;

        public DateTime LastWriteUtc { get; set; } = lastWriteUtc;
    }

    private sealed class LinkNode(string target, DateTime lastWriteUtc) : Node
    {
        public string Target { get; } = target;

        public DateTime LastWriteUtc { get; } = lastWriteUtc;
    }
}
