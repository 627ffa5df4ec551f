using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing.Deploy;

/// <summary>
/// <c>deploy</c> with Debian's rsync (issue #20, item 3) to a <c>host:/path</c> destination, through a stand-in for ssh
/// (<c>RSYNC_RSH</c>, as rsync reads it) that runs the remote side on this machine, so the transfer is rsync's remote
/// protocol without an sshd. A missing rsync fails the test (.ci/run installs it): a skipped test would pass unseen.
/// </summary>
public sealed class RsyncDeployTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "oneonone-rsync-" + Guid.NewGuid().ToString("N")[..12]);

    public RsyncDeployTests()
    {
        HostServers.Require("/usr/bin/rsync", "rsync");
        Directory.CreateDirectory(_folder);
        // ssh's calling convention: the host name, then the remote command as words; this runs the command here
        File.WriteAllText(Shell, "#!/bin/sh\nshift\nexec sh -c \"$*\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Shell, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Shell => Path.Combine(_folder, "fake-ssh");

    private string Target => Path.Combine(_folder, "www", "journal");

    private Dictionary<string, string> Environment => new() { ["RSYNC_RSH"] = Shell };

    [Fact]
    public void Rsync_sends_only_changed_files_dry_run_changes_nothing_and_stale_files_go()
    {
        Directory.CreateDirectory(Target);
        using var journal = new DeployJournal($"deploy:\n  rsync: backup-host:{Target}\n");
        var first = journal.Deploy(Environment);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var published1 = journal.Published();
        Assert.Equal(published1, Served());

        journal.EditOneNote();
        var dry = journal.Deploy(Environment, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        var published2 = journal.Published();
        var changed = DeployJournal.Changed(published1, published2);
        Assert.NotEmpty(changed);
        Assert.True(changed.Count * 3 < published2.Count, $"{changed.Count} of {published2.Count} files changed after a one-note edit");
        Assert.Equal(changed, DeployJournal.Listed(dry, "would upload"));
        Assert.Equal(published1, Served());

        var second = journal.Deploy(Environment, "--verbose");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(changed, DeployJournal.Listed(second, "uploaded"));
        Assert.Equal(published2, Served());

        journal.DeleteOneNote();
        var third = journal.Deploy(Environment, "--verbose");
        Assert.True(third.ExitCode == 0, third.Stderr);
        var published3 = journal.Published();
        var stale = new SortedSet<string>(published2.Keys.Except(published3.Keys), StringComparer.Ordinal);
        Assert.NotEmpty(stale);
        Assert.Equal(stale, DeployJournal.Listed(third, "deleted"));
        Assert.Equal(published3, Served());
    }

    [Fact]
    public void Missing_rsync_and_a_failing_transfer_are_one_line_each()
    {
        using var journal = new DeployJournal($"deploy:\n  rsync: backup-host:{Target}\n");
        var missing = journal.Deploy(new Dictionary<string, string> { ["PATH"] = Path.Combine(_folder, "empty-path") });
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error: rsync is not installed (on Debian: apt install rsync); nothing was deployed", missing.Stderr, StringComparison.Ordinal);

        // the destination's parent does not exist: rsync fails after the publish, and says so in one line
        var failed = journal.Deploy(new Dictionary<string, string> { ["RSYNC_RSH"] = Shell }, "--root", journal.Root);
        Assert.Equal(3, failed.ExitCode);
        var error = Assert.Single(failed.Stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("rsync to 'backup-host:", error, StringComparison.Ordinal);
        Assert.Contains("the previous site still serves", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Served() =>
        TempJournal.Snapshot(Target).ToDictionary(kv => kv.Key.Replace('\\', '/'), kv => kv.Value);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // under /tmp
        }
    }
}
