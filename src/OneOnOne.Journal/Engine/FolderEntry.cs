namespace OneOnOne.Journal.Engine;

/// <summary>One entry of a folder, as <see cref="IFileSystem.List"/> gives it.</summary>
/// <param name="Name">Its name in the folder (no path).</param>
/// <param name="Kind">File, folder or link (a link is not looked through).</param>
/// <param name="Length">For a file, its length in bytes; 0 otherwise.</param>
/// <param name="LastWriteUtc">For a file, when it was last written (UTC).</param>
/// <param name="Hidden">Whether the system marks it hidden (Windows' attribute; on Unix a leading dot is the caller's rule).</param>
public readonly record struct FolderEntry(string Name, EntryKind Kind, long Length, DateTime LastWriteUtc, bool Hidden);
