namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// Deploys to a folder: a web root or a mounted share (issue #20, item 3). The new site is written beside the target
/// (<c>&lt;target&gt;.deploying-&lt;random&gt;</c>, on the same file system) and swapped in with <see cref="DirectorySwap"/>,
/// so a reader sees the previous site or the new one, complete. Files whose content did not change are hard-linked from
/// the current site (copied when the file system has no hard links), so they keep their inode and modification time: only
/// what changed is written. Files the publish no longer has are gone with the previous folder. A failure before the swap
/// (or a killed process) leaves the target as it was; the next deploy removes what a killed one left beside it.
/// </summary>
public static class FolderDeploy
{
    /// <summary>
    /// The file that marks a folder as one this tool deployed (served with the site; it says only that). A target folder
    /// that exists must hold it or be empty, so that a deploy never replaces a folder of other files.
    /// </summary>
    public const string Marker = ".oneonone-deploy";

    private const string MarkerText = "This folder is deployed by OneOnOne.Journal ('oneonone deploy'); each deploy replaces it whole.\n";
    private const string StagingInfix = ".deploying-";

    /// <summary>Says why <paramref name="target"/> may not be deployed to, or null when it may.</summary>
    /// <param name="root">The journal's root: the target may not be inside its <c>input/</c>, nor be or contain the journal.</param>
    /// <param name="outputPath">The local output folder, which the target may not be.</param>
    /// <param name="target">The absolute target folder.</param>
    public static string? Refuse(string root, string outputPath, string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var input = Path.GetFullPath(Path.Combine(root, "input"));
        bool Within(string path, string folder) =>
            path == Path.TrimEndingDirectorySeparator(folder) || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (Within(full, input) || Within(Path.GetFullPath(root), full) || Within(full, Path.GetFullPath(outputPath)))
        {
            return $"deploy folder '{full}' is inside the journal's input/, its output folder, or holds the journal itself; choose a folder outside the journal";
        }

        if (Path.GetDirectoryName(full) is not { } parent || !Directory.Exists(parent))
        {
            return $"deploy folder '{full}': its parent folder does not exist (is the share mounted?)";
        }

        if (File.Exists(full))
        {
            return $"deploy folder '{full}' is a file, not a folder";
        }

        if (Directory.Exists(full) && !File.Exists(Path.Combine(full, Marker)) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            return $"deploy folder '{full}' holds files this tool did not deploy (no {Marker}); empty it or choose another folder, since each deploy replaces it whole";
        }

        return null;
    }

    /// <summary>Deploys the finished publish in <paramref name="siteFolder"/> to <paramref name="target"/>.</summary>
    /// <param name="siteFolder">The local publish (its files as <see cref="SiteFile.List"/> gives them).</param>
    /// <param name="target">The absolute target folder; checked by <see cref="Refuse"/> first.</param>
    /// <param name="dryRun">Only compute what would change; nothing is written.</param>
    /// <param name="beforeSwap">Runs after the new site is complete beside the target and before the swap (tests inject failures here).</param>
    /// <exception cref="DeployException">The deploy did not happen; the target is unchanged.</exception>
    public static DeployChanges Send(string siteFolder, string target, bool dryRun, Action? beforeSwap = null)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var files = SiteFile.List(siteFolder);
        var current = Directory.Exists(target) ? Listing(target) : [];
        var uploaded = new List<string>();
        var kept = new List<SiteFile>();
        foreach (var file in files)
        {
            if (current.TryGetValue(file.RelativePath, out var existing) && existing.Length == file.Length && new SiteFile(file.RelativePath, existing.FullName, existing.Length).Md5 == file.Md5)
            {
                kept.Add(file);
            }
            else
            {
                uploaded.Add(file.RelativePath);
            }
        }

        var published = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var deleted = current.Keys.Where(p => p != Marker && !published.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var changes = new DeployChanges(uploaded, deleted, kept.Count);
        if (dryRun)
        {
            return changes;
        }

        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        RemoveLeftovers(parent, name);
        var staging = Path.Combine(parent, name + StagingInfix + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, Marker), MarkerText);
            var unchanged = kept.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var destination = Path.Combine(staging, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (!unchanged.Contains(file.RelativePath) || !TryHardLink(current[file.RelativePath].FullName, destination))
                {
                    var source = unchanged.Contains(file.RelativePath) ? current[file.RelativePath].FullName : file.FullPath;
                    File.Copy(source, destination);
                    if (unchanged.Contains(file.RelativePath))
                    {
                        // a copy of an unchanged file keeps its time, so the host's ETag/Last-Modified (and a reader's cache) stay valid
                        File.SetLastWriteTimeUtc(destination, current[file.RelativePath].LastWriteTimeUtc);
                    }
                }
            }

            beforeSwap?.Invoke();
            if (Directory.Exists(target))
            {
                DirectorySwap.Exchange(staging, target);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            RemoveQuietly(staging);
            throw new DeployException($"deploy to '{target}' failed before the new site was swapped in, so the previous site still serves: {e.Message}", e);
        }

        // after the swap the staging path holds the previous site; one that cannot be deleted now goes with the next deploy
        RemoveQuietly(staging);
        return changes;
    }

    private static Dictionary<string, FileInfo> Listing(string folder)
    {
        var listing = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            listing[Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/')] = file;
        }

        return listing;
    }

    private static bool TryHardLink(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        return Link(existing, link) == 0;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string existing, [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string link);

    /// <summary>Deletes what deploys of this target left beside it when killed: only folders named so and holding the marker.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(parent, name + StagingInfix + "*"))
            {
                if (new DirectoryInfo(folder).LinkTarget is null && File.Exists(Path.Combine(folder, Marker)))
                {
                    RemoveQuietly(folder);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // leftovers hold only published pages; failing to list them must not stop this deploy
        }
    }

    private static void RemoveQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // removed by the next deploy (RemoveLeftovers)
        }
    }
}
