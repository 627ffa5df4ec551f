using System.Diagnostics;

namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// Deploys with Debian's <c>rsync</c> (issue #20, item 3), over SSH for a <c>host:/path</c> destination (the SSH command
/// from <c>RSYNC_RSH</c>, as rsync itself reads it, default <c>ssh</c>; keys and hosts from <c>~/.ssh/config</c>) or to a
/// local path. As atomic as rsync allows:
/// <list type="bullet">
/// <item><c>--checksum</c>: a file is sent only when its content differs (a publish rewrites every file, so the default
/// size-and-time check would send them all);</item>
/// <item><c>--delay-updates</c>: every changed file is first written into a hidden <c>.~tmp~</c> folder beside it, and
/// all are renamed into place together at the end, so while the transfer runs the host serves the previous site;</item>
/// <item><c>--delete-after</c>: files the publish no longer has are deleted only after that.</item>
/// </list>
/// The switch is not one atomic step: during the final burst of renames a reader can get a page of each. A transfer that
/// fails or is killed before that leaves the previous site serving (and its <c>.~tmp~</c> folders, which rsync reuses or
/// clears next time).
/// </summary>
public static class RsyncDeploy
{
    /// <summary>The options of every transfer (see the class summary for why each).</summary>
    public static readonly IReadOnlyList<string> Options =
    [
        "--recursive", "--links", "--times", "--checksum", "--delay-updates", "--delete-after",
        // the host's web server must read the files whatever the local umask was
        "--chmod=D755,F644",
        "--exclude=" + Building.OutputFolder.Marker,
        "--out-format=%i %n",
    ];

    /// <summary>Finds the <c>rsync</c> executable on <c>PATH</c>, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "rsync"))
            .FirstOrDefault(File.Exists);

    /// <summary>Sends the finished publish in <paramref name="siteFolder"/> to <paramref name="destination"/>.</summary>
    /// <param name="siteFolder">The local publish.</param>
    /// <param name="destination">As written in settings.yml: <c>user@host:/var/www/journal</c> or a local path; the site's files go into it.</param>
    /// <param name="dryRun">rsync's <c>--dry-run</c>: lists what would change, changes nothing.</param>
    /// <exception cref="DeployException">rsync is not installed, or failed (its last error line is in the message).</exception>
    public static DeployChanges Send(string siteFolder, string destination, bool dryRun)
    {
        var rsync = Find() ?? throw new DeployException("rsync is not installed (on Debian: apt install rsync); nothing was sent");
        var start = new ProcessStartInfo(rsync)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var option in Options)
        {
            start.ArgumentList.Add(option);
        }

        if (dryRun)
        {
            start.ArgumentList.Add("--dry-run");
        }

        // the trailing slashes: the folder's contents go into the destination, not a folder named like the local one
        start.ArgumentList.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder)) + "/");
        start.ArgumentList.Add(destination.EndsWith('/') ? destination : destination + "/");

        using var process = Process.Start(start) ?? throw new DeployException("rsync could not be started; nothing was sent");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => !l.StartsWith("rsync error:", StringComparison.Ordinal))
                ?? errors.Result.Trim();
            throw new DeployException($"rsync to '{destination}' failed (exit {process.ExitCode}): {last}; the previous site still serves");
        }

        var uploaded = new List<string>();
        var deleted = new List<string>();
        var total = 0;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // --itemize-changes: "*deleting path", ">f+++++++++ path" (sent), ".f..t...... path" (only its time set), "cd..." (folder)
            if (line.StartsWith("*deleting ", StringComparison.Ordinal))
            {
                // a folder ("name/") goes with its files, which are listed; the lists name files, as the other targets' do
                if (line.EndsWith('/'))
                {
                    continue;
                }

                deleted.Add(line["*deleting ".Length..].Trim());
            }
            else if (line.Length > 12 && line[1] == 'f' && line[0] is '<' or '>')
            {
                uploaded.Add(line[12..]);
            }
        }

        total = SiteFile.List(siteFolder).Count;
        return new DeployChanges(uploaded, deleted, total - uploaded.Count);
    }
}
