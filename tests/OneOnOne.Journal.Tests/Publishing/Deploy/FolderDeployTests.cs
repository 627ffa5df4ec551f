using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Publishing.Deploy;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing.Deploy;

/// <summary>
/// <c>deploy</c> to a folder (issue #20, item 3): the site is swapped in whole, only changed files are rewritten (the
/// others keep their inode), stale files go, and a deploy that fails or is killed before the swap leaves the previous site.
/// </summary>
public sealed class FolderDeployTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "oneonone-deploy-" + Guid.NewGuid().ToString("N")[..12]);

    public FolderDeployTests() => Directory.CreateDirectory(_parent);

    private string Target => Path.Combine(_parent, "site");

    [Fact]
    public void Second_deploy_after_one_note_changed_rewrites_only_the_changed_files_and_a_third_removes_stale_ones()
    {
        using var journal = new DeployJournal($"deploy:\n  folder: {Target}\n");
        var first = journal.Deploy();
        Assert.True(first.ExitCode == 0, first.Stderr);
        var published1 = journal.Published();
        Assert.Equal(published1, Served());
        var inodes1 = Inodes();

        journal.EditOneNote();
        var second = journal.Deploy(null, "--verbose");
        Assert.True(second.ExitCode == 0, second.Stderr);
        var published2 = journal.Published();
        var changed = DeployJournal.Changed(published1, published2);
        Assert.NotEmpty(changed);
        Assert.True(changed.Count * 3 < published2.Count, $"{changed.Count} of {published2.Count} files changed after a one-note edit: page names or IVs are not stable between deploys");
        Assert.Equal(changed, DeployJournal.Listed(second, "uploaded"));
        var inodes2 = Inodes();
        var rewritten = new SortedSet<string>(inodes2.Where(kv => !inodes1.TryGetValue(kv.Key, out var inode) || inode != kv.Value).Select(kv => kv.Key), StringComparer.Ordinal);
        rewritten.Remove(FolderDeploy.Marker);
        Assert.Equal(changed, rewritten);
        Assert.Equal(published2, Served());

        journal.DeleteOneNote();
        var input = journal.Journal.InputSnapshot();
        var third = journal.Deploy(null, "--verbose");
        Assert.True(third.ExitCode == 0, third.Stderr);
        var published3 = journal.Published();
        var stale = new SortedSet<string>(published2.Keys.Except(published3.Keys), StringComparer.Ordinal);
        Assert.NotEmpty(stale);
        Assert.Equal(stale, DeployJournal.Listed(third, "deleted"));
        Assert.Equal(published3, Served());
        Assert.Equal(input, journal.Journal.InputSnapshot());
        Assert.Equal([Target], Directory.EnumerateDirectories(_parent));
    }

    [Fact]
    public async Task Deploy_failing_after_staging_leaves_the_previous_site_complete_and_a_killed_ones_leftovers_go_next_time()
    {
        using var journal = new DeployJournal("");
        var options = journal.Journal.Options(BuildMode.Publish) with { PublishKey = PublishKey.Derive(DeployJournal.Passphrase) };
        Assert.Null((await PublishStaging.PublishAsync(options)).Refused);
        FolderDeploy.Send(journal.Journal.Output, Target, dryRun: false);
        var before = Served();
        var inodes = Inodes();

        journal.EditOneNote();
        Assert.Null((await PublishStaging.PublishAsync(options)).Refused);
        var failure = Assert.Throws<DeployException>(() => FolderDeploy.Send(journal.Journal.Output, Target, dryRun: false, beforeSwap: () => throw new IOException("injected: stopped after staging")));
        Assert.Contains("previous site still serves", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Served());
        Assert.Equal(inodes, Inodes());
        Assert.Equal([Target], Directory.EnumerateDirectories(_parent));

        // what a deploy killed while writing leaves beside the target: a staging folder with its marker and part of a site
        var leftover = Path.Combine(_parent, "site.deploying-0badc0de");
        Directory.CreateDirectory(Path.Combine(leftover, "assets"));
        File.WriteAllText(Path.Combine(leftover, FolderDeploy.Marker), "");
        File.WriteAllText(Path.Combine(leftover, "assets", "site.css"), "half");
        Assert.Equal(before, Served());

        FolderDeploy.Send(journal.Journal.Output, Target, dryRun: false);
        Assert.Equal(journal.Published(), Served());
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void Deploy_refuses_a_folder_of_other_files_the_journal_itself_and_a_missing_parent()
    {
        using var journal = new DeployJournal("");
        var output = journal.Journal.Output;
        Assert.Null(FolderDeploy.Refuse(journal.Root, output, Target));

        Directory.CreateDirectory(Target);
        Assert.Null(FolderDeploy.Refuse(journal.Root, output, Target));
        File.WriteAllText(Path.Combine(Target, "index.html"), "someone else's site");
        Assert.Contains("did not deploy", FolderDeploy.Refuse(journal.Root, output, Target), StringComparison.Ordinal);

        Assert.Contains("inside the journal", FolderDeploy.Refuse(journal.Root, output, Path.Combine(journal.Root, "input", "site")), StringComparison.Ordinal);
        Assert.Contains("inside the journal", FolderDeploy.Refuse(journal.Root, output, output), StringComparison.Ordinal);
        Assert.Contains("inside the journal", FolderDeploy.Refuse(journal.Root, output, Path.GetDirectoryName(journal.Root)!), StringComparison.Ordinal);
        Assert.Contains("is the share mounted", FolderDeploy.Refuse(journal.Root, output, Path.Combine(_parent, "missing", "site")), StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_without_a_target_says_what_to_add_and_refuses_a_secret_in_settings()
    {
        using var none = new DeployJournal("");
        var run = none.Deploy();
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("deploy: { folder:", line, StringComparison.Ordinal);
        Assert.Contains("deploy: { rsync:", line, StringComparison.Ordinal);
        Assert.Contains("deploy: { s3:", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(none.Journal.Output));

        using var secret = new DeployJournal("deploy:\n  s3: journal\n  secret-access-key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        run = secret.Deploy();
        Assert.Equal(2, run.ExitCode);
        line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("settings.yml:6: deploy: 'secretaccesskey' looks like a credential", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(secret.Journal.Output));

        using var keyId = new DeployJournal("deploy:\n  s3: journal\n  region: AKIAIOSFODNN7EXAMPLE\n");
        Assert.Contains("looks like a credential", keyId.Deploy().Stderr, StringComparison.Ordinal);
    }

    /// <summary>The target folder as site path → SHA-256, the deploy marker left out.</summary>
    private Dictionary<string, string> Served() =>
        TempJournal.Snapshot(Target).Where(kv => kv.Key != FolderDeploy.Marker).ToDictionary(kv => kv.Key.Replace('\\', '/'), kv => kv.Value);

    /// <summary>The inode of every file in the target (a rewritten file gets a new one; a hard-linked unchanged one keeps it).</summary>
    private Dictionary<string, string> Inodes() =>
        ProgramRunner.Start("/usr/bin/find", _parent, null, [Target, "-type", "f", "-printf", "%i %P\\n"]).Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_parent, recursive: true);
        }
        catch (IOException)
        {
            // under /tmp
        }
    }
}
