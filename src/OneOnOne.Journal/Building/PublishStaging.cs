using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Building;

/// <summary>
/// Runs a publish so that a failure never leaves unencrypted pages behind (DESIGN.md, "Privacy"; issue #14).
/// The site is built into a fresh staging folder beside the output (<c>&lt;output&gt;.publishing-&lt;random&gt;</c>,
/// marked <see cref="OutputKind.Publishing"/>), and only a build that completed (not refused, no exception, not
/// cancelled) is swapped in: the previous output folder is moved aside and deleted, the staging folder renamed to
/// the output path and marked <see cref="OutputKind.Publish"/>. On any failure the staging folder is deleted and the
/// output folder is left as the previous publish left it. An output folder holding anything other than a finished
/// publish (a <c>build</c> or <c>preview</c>, unencrypted and with private notes) is removed by
/// <see cref="WithdrawUnpublished"/> before the publish starts, so that neither a failure nor a killed process can
/// leave it looking like the publish.
/// </summary>
public static class PublishStaging
{
    /// <summary>The part of a staging folder's name after the output folder's name.</summary>
    public const string StagingInfix = ".publishing-";

    /// <summary>The part of the name of a replaced output folder (moved aside, then deleted) after the output folder's name.</summary>
    public const string ReplacedInfix = ".replaced-";

    /// <summary>
    /// Removes the output folder of <paramref name="options"/> when it is this tool's (marker present), passes the
    /// output guard, and holds anything but a finished publish (<see cref="OutputKind.Publish"/>): an unencrypted
    /// <c>build</c>, or an unfinished or unmarked publish. Call before publishing, and whenever a publish stops
    /// early, so that a folder of unencrypted pages is never left where the publish was asked to be.
    /// </summary>
    /// <returns>The path removed, or null when nothing was removed (no folder, a finished publish, or not the tool's folder).</returns>
    public static string? WithdrawUnpublished(BuildOptions options)
    {
        var output = OutputFolder.RealPath(options.OutputPath);
        if (!Directory.Exists(output) || OutputFolder.Check(options.RootPath, output) is not null || !OutputFolder.IsMarked(output))
        {
            return null;
        }

        if (OutputFolder.KindOf(output) == OutputKind.Publish)
        {
            return null;
        }

        Directory.Delete(output, recursive: true);
        return output;
    }

    /// <summary>
    /// Builds <paramref name="options"/> (mode <see cref="BuildMode.Publish"/>) into a staging folder and swaps it in
    /// when complete. Never throws for a failed build: an exception, a refused build or a cancellation is returned as
    /// a <see cref="BuildResult.Refused"/> reason, after the staging folder was deleted.
    /// </summary>
    /// <param name="options">The publish's options; <see cref="BuildOptions.OutputPath"/> is where the publish ends up.</param>
    /// <param name="onProgress">Called with each finished pipeline's name.</param>
    /// <param name="cancel">When cancelled before the swap, nothing is published.</param>
    /// <param name="build">The build to run into the staging folder (tests make it fail); default <see cref="SiteBuilder.BuildAsync"/>.</param>
    /// <returns>The build's result with <see cref="BuildResult.Refused"/> null when the publish is in place at the output path.</returns>
    public static async Task<BuildResult> PublishAsync(BuildOptions options, Action<string>? onProgress = null, CancellationToken cancel = default, Func<BuildOptions, Action<string>?, Task<BuildResult>>? build = null)
    {
        build ??= (o, p) => SiteBuilder.BuildAsync(o, p);
        var started = DateTime.UtcNow;
        string output;
        try
        {
            output = OutputFolder.RealPath(options.OutputPath);
        }
        catch (IOException e)
        {
            return Failed($"cannot use '{options.OutputPath}' as the output folder: {e.Message}", started);
        }

        if (OutputFolder.Check(options.RootPath, output) is { } refusal)
        {
            return Failed(refusal, started);
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, name + StagingInfix + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            Directory.CreateDirectory(staging);
            OutputFolder.MarkAs(staging, OutputKind.Publishing);
            var result = await build(options with { OutputPath = staging }, onProgress).ConfigureAwait(false);
            if (result.Refused is not null)
            {
                RemoveQuietly(staging);
                return result;
            }

            if (cancel.IsCancellationRequested)
            {
                RemoveQuietly(staging);
                return result with { Refused = "the publish was cancelled" };
            }

            OutputFolder.MarkAs(staging, OutputKind.Publish);
            SwapIn(staging, output, name);
            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            RemoveQuietly(staging);
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
            return Failed($"the publish failed: {cause.Message}", started);
        }
    }

    /// <summary>
    /// Puts the complete staging folder at <paramref name="output"/>. A previous output folder of the tool's is moved aside,
    /// and moved back if the staging folder cannot take its place, then deleted; an empty folder that is not the tool's is
    /// only ever removed while empty.
    /// </summary>
    private static void SwapIn(string staging, string output, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (!OutputFolder.IsMarked(output))
        {
            // the guard accepted it because it was empty: non-recursive, so it fails rather than delete what appeared since
            Directory.Delete(output);
            Directory.Move(staging, output);
            return;
        }

        var aside = Path.Combine(Path.GetDirectoryName(output)!, name + ReplacedInfix + Guid.NewGuid().ToString("N")[..8]);
        Directory.Move(output, aside);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(aside, output);
            throw;
        }

        // the publish is in place; a replaced folder that cannot be deleted now is removed by the next publish
        RemoveQuietly(aside);
    }

    /// <summary>Deletes staging and replaced folders of earlier publishes of this output that did not finish (the process was killed): only folders named so and carrying the tool's marker.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(parent))
            {
                var leaf = Path.GetFileName(folder);
                if ((leaf.StartsWith(name + StagingInfix, StringComparison.Ordinal) || leaf.StartsWith(name + ReplacedInfix, StringComparison.Ordinal))
                    && new DirectoryInfo(folder).LinkTarget is null && OutputFolder.IsMarked(folder))
                {
                    RemoveQuietly(folder);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // leftovers hold only publish output; failing to list them must not stop this publish
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
            // a staging folder holds only a publish's pages (private notes left out, encrypted unless --no-encrypt);
            // the next publish removes it (RemoveLeftovers)
        }
    }

    private static BuildResult Failed(string why, DateTime started) => new(null, [], 0, 0, DateTime.UtcNow - started, why);
}
