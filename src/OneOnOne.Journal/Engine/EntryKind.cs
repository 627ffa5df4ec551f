namespace OneOnOne.Journal.Engine;

/// <summary>What a <see cref="FolderEntry"/> is.</summary>
public enum EntryKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (or another reparse point), to a file, a folder or nothing: resolved by the caller, never followed by the listing.</summary>
    Link,
}
