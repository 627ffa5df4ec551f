using System.Text.Json;

namespace OneOnOne.Journal.Configuration;

/// <summary>
/// The folders of a vault that hold no notes and are never read as notes, in every build (issue #15,
/// docs/journal-format.md "Adopting a vault"): Logseq's backups (<c>logseq/bak/</c>, <c>logseq/.recycle/</c>,
/// <c>logseq/version-files/</c>), and the vault's templates folder as Obsidian's Templates plugin
/// (<c>.obsidian/templates.json</c>, key <c>folder</c>) and the Templater plugin
/// (<c>.obsidian/plugins/templater-obsidian/data.json</c>, key <c>templates_folder</c>) name it. Hidden folders
/// (<c>.obsidian/</c>, <c>.trash/</c>, <c>.git/</c>) need no entry: <see cref="Engine.FileListing"/> never lists a name starting with a dot.
/// A settings file that is missing, unreadable or not valid JSON names no folder: it never stops a build.
/// </summary>
public static class IgnoredFolders
{
    /// <summary>Logseq's folders of old copies, relative to a graph's root.</summary>
    private static readonly string[] LogseqBackups = ["logseq/bak", "logseq/.recycle", "logseq/version-files"];

    /// <summary>
    /// The absolute folders not to read as notes for a journal whose notes are in <paramref name="notesFolder"/>,
    /// looking for a vault's settings in <paramref name="sourceBase"/> (the vault, or <c>input/</c>), in the notes folder, and in
    /// every folder between them (a vault kept in <c>input/Vault/</c> has its <c>.obsidian/</c> there).
    /// </summary>
    /// <param name="sourceBase">The vault root, or the journal's <c>input/</c> (absolute).</param>
    /// <param name="notesFolder">The notes folder (absolute; usually inside <paramref name="sourceBase"/>).</param>
    /// <returns>Absolute folders, some of which may not exist.</returns>
    public static IReadOnlyList<string> Find(string sourceBase, string notesFolder)
    {
        var bases = new List<string>();
        var baseFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceBase));
        for (var dir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(notesFolder)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            bases.Add(dir);
            if (dir == baseFull || !dir.StartsWith(baseFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                break;
            }
        }

        if (!bases.Contains(baseFull))
        {
            bases.Add(baseFull);
        }

        var folders = new List<string>();
        foreach (var root in bases)
        {
            folders.AddRange(LogseqBackups.Select(b => Path.Combine(root, b)));
            foreach (var (file, key) in new[] { (".obsidian/templates.json", "folder"), (".obsidian/plugins/templater-obsidian/data.json", "templates_folder") })
            {
                if (TemplatesFolder(Path.Combine(root, file), key) is { } relative)
                {
                    folders.Add(Path.GetFullPath(Path.Combine(root, relative)));
                }
            }
        }

        return [.. folders.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The folder a plugin's settings file names under <paramref name="key"/>, relative to the vault (forward slashes, no leading
    /// slash), or null when the file is missing, unreadable, not JSON, has no such string, or names the vault itself or a folder above it.
    /// </summary>
    public static string? TemplatesFolder(string settingsFile, string key)
    {
        try
        {
            var info = new FileInfo(settingsFile);
            if (!info.Exists || info.Length > 1024 * 1024)
            {
                return null; // a plugin's settings are a few lines; anything larger is not worth reading for a folder name
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(settingsFile), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty(key, out var value)
                || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var parts = (value.GetString() ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
            // "" or "/" would be the whole vault, ".." a folder outside it: neither is a templates folder to skip
            return parts.Length == 0 || parts.Contains("..") ? null : string.Join('/', parts);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // a malformed or unreadable plugin file: the templates are then recognised by their placeholders
        }
    }
}
