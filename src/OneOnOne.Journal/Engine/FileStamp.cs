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
    public static string Of(FileInfo file) => file.Exists ? Of(file.Length, file.LastWriteTimeUtc) : Missing;

    /// <summary>The stamps of every file under <paramref name="folder"/>, with their paths, in path order (empty when the folder does not exist): changes when any file is added, removed or written.</summary>
    public static string OfTree(string folder) =>
        !Directory.Exists(folder)
            ? ""
            : string.Join("\n", new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => f.FullName + "|" + Of(f)));
}
