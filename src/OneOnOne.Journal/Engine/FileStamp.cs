using System.Globalization;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// The one way a session tells that a file changed since its previous build: <c>"length:last-write-ticks"</c> (UTC
/// ticks), or <see cref="Missing"/> for a file that is not there. Used for note and people files
/// (<see cref="FileListing"/>, <c>ReadFiles</c>), the theme folder and <c>settings.yml</c> (<c>SiteBuilder</c>). A stamp
/// is only ever compared with another stamp made in the same process, never stored.
/// </summary>
internal static class FileStamp
{
    /// <summary>The stamp of a file that does not exist.</summary>
    public const string Missing = "missing";

    /// <summary>The stamp of a file of <paramref name="length"/> bytes last written at <paramref name="lastWriteUtc"/>.</summary>
    public static string Of(long length, DateTime lastWriteUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{length}:{lastWriteUtc.Ticks}");

    /// <summary>The stamp of <paramref name="file"/> (<see cref="Missing"/> when it is gone).</summary>
    public static string Of(FileStat file) => file.Exists ? Of(file.Length, file.LastWriteUtc) : Missing;

    /// <summary>The stamps of every file under <paramref name="folder"/>, with their paths, in path order (empty when the folder does not exist): changes when any file is added, removed or written.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="fileSystem">Where (<see cref="PipelineContext.FileSystem"/>); the disk when null.</param>
    public static string OfTree(string folder, IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        return !fs.FolderExists(folder)
            ? ""
            : string.Join("\n", fs.ListFilesBelow(folder)
                .Order(StringComparer.Ordinal)
                .Select(f => f + "|" + Of(fs.Stat(f))));
    }
}
