using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>The sample journal published with encryption (base path <c>/team/journal/</c>), built once per test class that uses it.</summary>
public sealed class PublishedSample : IAsyncLifetime
{
    public const string Passphrase = "marble kettle orbit saffron";

    private readonly TempJournal _journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));

    public string Output => _journal.Output;

    public async Task InitializeAsync()
    {
        var result = await OneOnOne.Journal.Building.SiteBuilder.BuildAsync(
            _journal.Options(BuildMode.Publish, new DateOnly(2026, 11, 22)) with { PublishKey = PublishKey.Derive(Passphrase), BasePath = "/team/journal/" });
        Assert.Null(result.Refused);
    }

    public Task DisposeAsync()
    {
        _journal.Dispose();
        return Task.CompletedTask;
    }
}
