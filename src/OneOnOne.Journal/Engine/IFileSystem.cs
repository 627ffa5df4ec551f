namespace OneOnOne.Journal.Engine;

/// <summary>
/// Every file operation a build makes (<see cref="PipelineContext.FileSystem"/>): modules and <c>SiteBuilder</c> read,
/// list, stat and write through it, so that a module can be tested on a few files in memory
/// (<c>tests/…/Testing/InMemoryFileSystem</c>) and a build on disk runs <see cref="PhysicalFileSystem"/>, which is exactly
/// the .NET calls the modules made before the seam. Paths are absolute, with the platform's separator. The rules of
/// what may be read (links followed only within the journal, loops) are not here but in <see cref="FileListing"/>, on top
/// of <see cref="List"/> and <see cref="LinkTarget"/>, so that they hold whatever the file system.
/// </summary>
public interface IFileSystem
{
    /// <summary>Whether a file (not a folder) exists at <paramref name="path"/>, a link followed to its target.</summary>
    bool FileExists(string path);

    /// <summary>Whether a folder exists at <paramref name="path"/>, a link followed to its target.</summary>
    bool FolderExists(string path);

    /// <summary>The length and last write time of the file at <paramref name="path"/> (a link followed); <see cref="FileStat.Exists"/> false for a folder or nothing.</summary>
    FileStat Stat(string path);

    /// <summary>
    /// The target of the symbolic link at <paramref name="path"/> as stored in the link (relative or absolute, not
    /// resolved); null when <paramref name="path"/> is not a link or does not exist. Throws <see cref="IOException"/>
    /// when the link cannot be read.
    /// </summary>
    string? LinkTarget(string path);

    /// <summary>
    /// The entries directly in <paramref name="folder"/> (hidden ones included), in no particular order, links marked as
    /// <see cref="EntryKind.Link"/> and not looked through. Enumerated lazily: throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> while enumerating when the folder goes away or cannot be read; entries
    /// that cannot be read are skipped.
    /// </summary>
    /// <param name="folder">The folder to list.</param>
    /// <param name="stats">Whether to fill in the files' <see cref="FolderEntry.Length"/> and <see cref="FolderEntry.LastWriteUtc"/> (on disk, a stat per file).</param>
    IEnumerable<FolderEntry> List(string folder, bool stats);

    /// <summary>The absolute paths of every file below <paramref name="folder"/>, at any depth (as <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> with <see cref="SearchOption.AllDirectories"/>), in no particular order.</summary>
    IEnumerable<string> ListFilesBelow(string folder);

    /// <summary>The whole file as a new array. Throws <see cref="IOException"/> (<see cref="FileNotFoundException"/> when it is not there).</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>
    /// Reads the whole file into a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>, which the caller
    /// returns (<see cref="PooledFile.Rented"/>), so that only the decoded text is allocated per file. A file longer than
    /// <paramref name="maxBytes"/>, before or while it is read, is not kept: <see cref="PooledFile.TooLarge"/>. Throws
    /// <see cref="IOException"/> when the file cannot be read.
    /// </summary>
    PooledFile ReadPooled(string path, long maxBytes);

    /// <summary>
    /// Makes the file at <paramref name="path"/> hold exactly <paramref name="bytes"/>, creating its folders, unless it
    /// already does (compared byte for byte: a rebuild touches only what changed). Not atomic: a reader may see it half
    /// written, as a page being rewritten. Returns true when the file was written.
    /// </summary>
    bool WriteIfChanged(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Creates the file at <paramref name="path"/> (or replaces it) with <paramref name="bytes"/>; its folder must exist. Not atomic.</summary>
    void WriteAllBytes(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Creates the folder and its parents; nothing when it exists.</summary>
    void CreateFolder(string path);

    /// <summary>Deletes the file at <paramref name="path"/> (a link itself, never its target); nothing when there is none.</summary>
    void DeleteFile(string path);

    /// <summary>Moves a file to <paramref name="to"/>, replacing a file there: atomic within one volume, as a rename.</summary>
    void MoveFile(string from, string to);
}
