using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// <see cref="PublishStaging"/> (issue #14): a publish is built beside the output and swapped in only when complete;
/// one that fails midway leaves the previous publish as it was, or nothing, and never an unencrypted build.
/// </summary>
public sealed class PublishStagingTests : IDisposable
{
    private const string PrivateMarker = "ZEBRA-PRIVATE-NOTE";

    private readonly TempJournal _journal = new TempJournal()
        .Person("alice", "name: Alice")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: Kick-off", "## Notes\n\nPublic roadmap.\n")
        .Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice\nprivate: true\ntitle: Offer", $"She has an offer. {PrivateMarker}\n");

    public void Dispose() => _journal.Dispose();

    /// <summary>A build into the staging folder that writes every page and then fails, as a full disk or a crash would.</summary>
    private static async Task<BuildResult> CrashAfterWriting(BuildOptions options, Action<string>? progress)
    {
        var result = await SiteBuilder.BuildAsync(options, progress);
        Assert.Null(result.Refused);
        Assert.True(File.Exists(Path.Combine(options.OutputPath, "index.html")));
        throw new IOException("No space left on device");
    }

    private List<string> Siblings() =>
        [.. Directory.EnumerateFileSystemEntries(_journal.Root).Select(e => Path.GetFileName(e)).Where(n => n.StartsWith("output", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private IEnumerable<string> FilesWith(string text) =>
        Directory.EnumerateFiles(_journal.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(_journal.Root, "input"), StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task A_publish_that_crashes_into_a_folder_holding_a_build_leaves_no_unencrypted_page_behind()
    {
        await _journal.BuildAsync();
        Assert.NotEmpty(FilesWith(PrivateMarker));
        Assert.Equal(OutputKind.Build, OutputFolder.KindOf(_journal.Output));
        var options = _journal.Options(BuildMode.Publish);

        Assert.Equal(_journal.Output, PublishStaging.WithdrawUnpublished(options));
        var result = await PublishStaging.PublishAsync(options, build: CrashAfterWriting);

        Assert.Equal("the publish failed: No space left on device", result.Refused);
        Assert.Empty(FilesWith(PrivateMarker));
        Assert.Empty(Siblings());
    }

    [Fact]
    public async Task A_failed_publish_leaves_the_previous_publish_exactly_as_it_was()
    {
        var options = _journal.Options(BuildMode.Publish);
        var first = await PublishStaging.PublishAsync(options);
        Assert.Null(first.Refused);
        Assert.Equal(OutputKind.Publish, OutputFolder.KindOf(_journal.Output));
        var published = TempJournal.Snapshot(_journal.Output);

        Assert.Null(PublishStaging.WithdrawUnpublished(options));
        var failed = await PublishStaging.PublishAsync(options, build: CrashAfterWriting);

        Assert.NotNull(failed.Refused);
        Assert.Equal(published, TempJournal.Snapshot(_journal.Output));
        Assert.Equal(["output"], Siblings());
    }

    [Fact]
    public async Task A_refused_publish_build_is_not_swapped_in()
    {
        var options = _journal.Options(BuildMode.Publish);
        await PublishStaging.PublishAsync(options);
        var published = TempJournal.Snapshot(_journal.Output);

        var refused = await PublishStaging.PublishAsync(options, build: (o, _) => Task.FromResult(new BuildResult(null, [], 0, 0, TimeSpan.Zero, "the theme failed to render: boom")));

        Assert.Equal("the theme failed to render: boom", refused.Refused);
        Assert.Equal(published, TempJournal.Snapshot(_journal.Output));
        Assert.Equal(["output"], Siblings());
    }

    [Fact]
    public async Task A_publish_cancelled_while_it_builds_is_not_swapped_in()
    {
        var options = _journal.Options(BuildMode.Publish);
        await PublishStaging.PublishAsync(options);
        var published = TempJournal.Snapshot(_journal.Output);
        using var ctrlC = new CancellationTokenSource();

        var cancelled = await PublishStaging.PublishAsync(options, cancel: ctrlC.Token, build: async (o, p) =>
        {
            var result = await SiteBuilder.BuildAsync(o, p);
            await ctrlC.CancelAsync(); // Ctrl+C while the last pages were written
            return result;
        });

        Assert.Equal("the publish was cancelled", cancelled.Refused);
        Assert.Equal(published, TempJournal.Snapshot(_journal.Output));
        Assert.Equal(["output"], Siblings());
    }

    [Fact]
    public async Task A_successful_publish_replaces_the_previous_one_whole_and_removes_what_a_killed_publish_left()
    {
        var options = _journal.Options(BuildMode.Publish);
        await PublishStaging.PublishAsync(options);
        File.WriteAllText(Path.Combine(_journal.Output, "stale.html"), "from an older publish");
        // a publish killed before it could clean up: its staging folder, marked as the tool's
        var leftover = Directory.CreateDirectory(Path.Combine(_journal.Root, "output" + PublishStaging.StagingInfix + "deadbeef")).FullName;
        OutputFolder.MarkAs(leftover, OutputKind.Publishing);
        // a folder of the user's that merely looks alike: not the tool's, so never removed
        var foreign = Directory.CreateDirectory(Path.Combine(_journal.Root, "output" + PublishStaging.StagingInfix + "mine")).FullName;
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine");

        var result = await PublishStaging.PublishAsync(options);

        Assert.Null(result.Refused);
        Assert.False(File.Exists(Path.Combine(_journal.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(_journal.Output, "index.html")));
        Assert.Equal(OutputKind.Publish, OutputFolder.KindOf(_journal.Output));
        Assert.False(Directory.Exists(leftover));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "notes.txt")));
        Assert.Equal(["output", Path.GetFileName(foreign)], Siblings());
        Assert.Empty(FilesWith(PrivateMarker));
    }

    [Fact]
    public async Task A_build_after_a_publish_marks_the_folder_a_build_before_writing_a_page()
    {
        var options = _journal.Options(BuildMode.Publish);
        await PublishStaging.PublishAsync(options);
        Assert.Equal(OutputKind.Publish, OutputFolder.KindOf(_journal.Output));

        // a theme that fails while rendering: the build stops after the marker was rewritten
        var refused = await SiteBuilder.BuildAsync(_journal.Options() with { ThemePath = BrokenTheme() });

        Assert.NotNull(refused.Refused);
        Assert.Equal(OutputKind.Build, OutputFolder.KindOf(_journal.Output));
        Assert.Equal(_journal.Output, PublishStaging.WithdrawUnpublished(options));
        Assert.False(Directory.Exists(_journal.Output));
    }

    /// <summary>A copy of the theme whose note layout names a partial that does not exist: it compiles, and fails while rendering.</summary>
    private string BrokenTheme()
    {
        var theme = Path.Combine(_journal.Root, "theme");
        TempJournal.CopyDirectory(RepoPaths.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "note.sbn-html"), "\n{{ include \"no-such-partial\" }}\n");
        return theme;
    }
}
