using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Tests;

/// <summary>
/// The compile-time JSON serialisers (issue #19, item 1): a page model missing from <see cref="JournalJson"/> would
/// make the native build's page fingerprint fail, so an incremental rebuild would render that page every time.
/// </summary>
public sealed class JournalJsonTests
{
    [Fact]
    public void Every_page_model_has_a_generated_serialiser()
    {
        var models = typeof(IPageModel).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IPageModel)))
            .ToList();
        Assert.True(models.Count >= 20, $"{models.Count} page models");
        Assert.Empty(models.Where(t => JournalJson.Fingerprint.GetTypeInfo(t) is null).Select(t => t.Name));
    }
}
