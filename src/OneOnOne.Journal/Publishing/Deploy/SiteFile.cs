using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using OneOnOne.Journal.Building;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// One file of a finished publish as a deploy target sees it: its path relative to the site's root (<c>/</c>-separated),
/// its MD5 (what S3 reports as the ETag of an object uploaded in one piece), and the Content-Type and Cache-Control it is
/// served with.
/// </summary>
/// <param name="RelativePath">Path under the site's root, <c>/</c>-separated (<c>assets/site.css</c>).</param>
/// <param name="FullPath">The file on this machine.</param>
/// <param name="Length">Size in bytes.</param>
public sealed record SiteFile(string RelativePath, string FullPath, long Length)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The file's MD5 as 32 lower-case hex digits (computed when first asked).</summary>
    public string Md5 => _md5 ??= Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(FullPath)));

    private string? _md5;

    /// <summary>The Content-Type: by extension (ASP.NET Core's table, as <c>preview</c> serves), UTF-8 for text; <c>application/octet-stream</c> when unknown.</summary>
    public string ContentType
    {
        get
        {
            var type = ContentTypes.TryGetContentType(RelativePath, out var known) ? known : "application/octet-stream";
            // every text file the tool writes is UTF-8; without the charset a browser may guess another encoding
            return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript" or "application/json" or "image/svg+xml" or "application/manifest+json"
                ? type + "; charset=utf-8"
                : type;
        }
    }

    /// <summary>
    /// The Cache-Control: <see cref="HostHeaders.CacheControl"/> (<c>no-cache</c>) for every file, as the host
    /// configurations send, because nothing in a publish is fingerprinted (assets keep their names between publishes), so
    /// nothing may be cached for long.
    /// </summary>
    public string CacheControl => HostHeaders.CacheControl;

    /// <summary>
    /// The files of the finished publish in <paramref name="siteFolder"/>, the tool's output marker left out (it is the
    /// tool's bookkeeping, not the site). Ordered so that a target updated file by file is never missing what a page
    /// needs: assets and other files first, then pages, the entry page <c>index.html</c> last.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    public static IReadOnlyList<SiteFile> List(string siteFolder)
    {
        var root = Path.GetFullPath(siteFolder);
        var files = new List<SiteFile>();
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (relative != OutputFolder.Marker)
            {
                files.Add(new SiteFile(relative, file.FullName, file.Length));
            }
        }

        return [.. files.OrderBy(f => f.RelativePath == "index.html" ? 2 : f.RelativePath.EndsWith(".html", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
