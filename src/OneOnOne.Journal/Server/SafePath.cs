namespace OneOnOne.Journal.Server;

/// <summary>
/// Maps a request path to a file under the served folder, refusing anything that could leave it:
/// <c>..</c> or <c>.</c> segments (also percent-encoded, checked on the raw request target), encoded
/// slashes or backslashes, empty segments (<c>//etc/passwd</c>), drive letters, NUL bytes, and
/// symbolic links whose target lies outside the folder.
/// </summary>
internal static class SafePath
{
    /// <summary>Resolves <paramref name="decodedPath"/> (the request path, percent-decoded, starting with '/') under <paramref name="root"/>.</summary>
    /// <param name="root">The served folder (absolute).</param>
    /// <param name="decodedPath">The decoded request path.</param>
    /// <param name="rawTarget">The request target exactly as the client sent it (percent-encoded), or null.</param>
    /// <returns>The absolute path of a file or folder inside <paramref name="root"/> (it may not exist), or null when the request must get 404.</returns>
    public static string? Resolve(string root, string decodedPath, string? rawTarget)
    {
        if (rawTarget is not null)
        {
            var raw = rawTarget.Split('?', 2)[0];
            if (!raw.StartsWith('/') || raw.Contains('\\') || raw.Contains("%2f", StringComparison.OrdinalIgnoreCase) || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (!IsClean(Uri.UnescapeDataString(raw)))
            {
                return null;
            }
        }

        if (!decodedPath.StartsWith('/') || !IsClean(decodedPath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, decodedPath.TrimStart('/')));
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (full != rootFull && !full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return LeavesThroughLink(rootFull, full) ? null : full;
    }

    private static bool IsClean(string path)
    {
        if (path.Contains('\0') || path.Contains('\\') || path.Contains(':'))
        {
            return false;
        }

        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s is "." or ".." || (s.Length == 0 && i < segments.Length - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when any existing component from the root down to <paramref name="full"/> is a link whose final target is outside the root.</summary>
    private static bool LeavesThroughLink(string rootFull, string full)
    {
        var realRoot = RealPath(rootFull);
        var relative = Path.GetRelativePath(rootFull, full);
        if (relative == ".")
        {
            return false;
        }

        var current = rootFull;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists)
            {
                return false;
            }

            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                var real = target is null ? null : RealPath(target.FullName);
                if (real is null || (real != realRoot && !real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string RealPath(string path)
    {
        // resolve links in every ancestor too (e.g. /tmp -> /private/tmp)
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var combined = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(combined) ? new DirectoryInfo(combined) : new FileInfo(combined);
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return RealPath(target.FullName);
        }

        return combined;
    }
}
