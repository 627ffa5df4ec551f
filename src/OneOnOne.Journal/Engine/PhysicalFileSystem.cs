using System.Buffers;
using System.IO.Enumeration;
using Microsoft.Win32.SafeHandles;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// The disk, through the same .NET calls the modules made before the seam (<see cref="IFileSystem"/>): one open per
/// file read or written, pooled buffers, no stat that the caller did not ask for (<see cref="List"/> without stats reads
/// only the folder), so a build is as fast as without it. Stateless: one shared <see cref="Instance"/>.
/// </summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The one instance (it holds nothing).</summary>
    public static readonly PhysicalFileSystem Instance = new();

    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };

    private PhysicalFileSystem()
    {
    }

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public bool FolderExists(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public FileStat Stat(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStat(true, file.Length, file.LastWriteTimeUtc) : default;
    }

    /// <inheritdoc />
    public string? LinkTarget(string path) => new FileInfo(path).LinkTarget;

    /// <inheritdoc />
    public IEnumerable<FolderEntry> List(string folder, bool stats) =>
        new FileSystemEnumerable<FolderEntry>(
            folder,
            (ref FileSystemEntry e) =>
            {
                // the reparse-point test first: a link is never looked through (FileListing resolves it); length and
                // time only when asked, as on Unix each costs a stat of the file
                var kind = (e.Attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.Link
                    : e.IsDirectory ? EntryKind.Folder
                    : EntryKind.File;
                return stats && kind == EntryKind.File
                    ? new FolderEntry(e.FileName.ToString(), kind, e.Length, e.LastWriteTimeUtc.UtcDateTime, OperatingSystem.IsWindows() && e.IsHidden)
                    : new FolderEntry(e.FileName.ToString(), kind, 0, default, OperatingSystem.IsWindows() && e.IsHidden);
            },
            OneLevel);

    /// <inheritdoc />
    public IEnumerable<string> ListFilesBelow(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    /// <inheritdoc />
    public PooledFile ReadPooled(string path, long maxBytes)
    {
        byte[]? bytes = null;
        try
        {
            using var handle = File.OpenHandle(path);
            var size = RandomAccess.GetLength(handle);
            if (size > maxBytes)
            {
                // not read at all: a huge file would only exhaust memory (InputLimits)
                return new PooledFile(null, 0, size);
            }

            bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(size, 1) + 1, Array.MaxLength));
            var length = 0;
            int read;
            while ((read = RandomAccess.Read(handle, bytes.AsSpan(length), length)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = null;
                    return new PooledFile(null, 0, length); // it grew past the limit while being read
                }

                if (length == bytes.Length)
                {
                    // the file grew while being read
                    var larger = ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
                    bytes.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = larger;
                }
            }

            var result = new PooledFile(bytes, length, 0);
            bytes = null; // the caller's now
            return result;
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <inheritdoc />
    public bool WriteIfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return WriteEmpty(path);
        }

        // one stat when the folder exists (most pages have a folder of their own, so caching them saves little)
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // one open of the file (create or open, compare when the length is the same, write and truncate otherwise)
        // instead of a stat, a read and a rewrite
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var existing = RandomAccess.GetLength(handle);
        if (existing == bytes.Length && SameBytes(handle, bytes))
        {
            return false;
        }

        RandomAccess.Write(handle, bytes, 0);
        if (existing > bytes.Length)
        {
            RandomAccess.SetLength(handle, bytes.Length);
        }

        return true;
    }

    /// <inheritdoc />
    public void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => File.WriteAllBytes(path, bytes);

    /// <inheritdoc />
    public void CreateFolder(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc />
    public void DeleteFile(string path) => File.Delete(path);

    /// <inheritdoc />
    public void MoveFile(string from, string to) => File.Move(from, to, overwrite: true);

    private static bool SameBytes(SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool WriteEmpty(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length == 0)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
        return true;
    }
}
