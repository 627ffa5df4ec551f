using OneOnOne.Journal.Modules;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>The rendering module's own memo of what each page was rendered from (<see cref="PageFingerprints"/>).</summary>
public sealed class PageFingerprintsTests
{
    [Fact]
    public void A_page_is_unchanged_only_with_the_fingerprint_it_was_last_rendered_from()
    {
        var fingerprints = new PageFingerprints();

        Assert.False(fingerprints.Unchanged("people/alice/index.html", "one", everything: false));
        Assert.True(fingerprints.Unchanged("people/alice/index.html", "one", everything: false));
        Assert.False(fingerprints.Unchanged("people/alice/index.html", "two", everything: false));
        Assert.False(fingerprints.Unchanged("people/bob/index.html", "two", everything: false));
    }

    [Fact]
    public void A_build_of_everything_renders_the_page_but_remembers_its_fingerprint()
    {
        var fingerprints = new PageFingerprints();
        fingerprints.Unchanged("index.html", "one", everything: false);

        Assert.False(fingerprints.Unchanged("index.html", "one", everything: true));
        Assert.True(fingerprints.Unchanged("index.html", "one", everything: false));
    }
}
