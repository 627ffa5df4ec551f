using OneOnOne.Journal.Building;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>Checks an incremental (preview session) output against a full build of the same journal.</summary>
internal static class FullBuildComparison
{
    /// <summary>
    /// Builds the journal from scratch into <c>full-output/</c> beside it and asserts that its output folder
    /// holds the same files with the same bytes.
    /// </summary>
    public static async Task AssertSameAsFullBuildAsync(TempJournal journal)
    {
        var other = Path.Combine(journal.Root, "full-output");
        if (Directory.Exists(other))
        {
            Directory.Delete(other, recursive: true);
        }

        await SiteBuilder.BuildAsync(journal.Options() with { OutputPath = other });
        var incremental = TempJournal.Snapshot(journal.Output);
        var full = TempJournal.Snapshot(other);
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(full.Where(kv => incremental[kv.Key] != kv.Value).Select(kv => kv.Key));
    }
}
