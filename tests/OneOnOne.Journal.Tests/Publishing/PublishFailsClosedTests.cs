using System.Text;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>
/// Issue #14, "Privacy and robustness under attack": whatever a publish cannot read with certainty is left out
/// and reported (DESIGN.md, "Privacy"; docs/privacy.md). Each test publishes a small journal and searches
/// every byte of every output file for text that must not be there.
/// </summary>
public sealed class PublishFailsClosedTests
{
    private const string Passphrase = "plum tractor velvet ocean";

    private const string PublicText = "PUBLIC-ROADMAP-TEXT";

    /// <summary>alice, with one public note (so her pages, the prep sheet and the search index exist).</summary>
    private static TempJournal Journal() => new TempJournal()
        .Person("alice", "name: Alice Chen\ncadence: weekly")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", $"## Notes\n{PublicText}\n");

    private static async Task<BuildResult> PublishAsync(TempJournal journal) => await journal.BuildAsync(BuildMode.Publish);

    private static void AssertNowhere(TempJournal journal, params string[] markers)
    {
        var files = SealedSite.AllFiles(journal.Output).ToList();
        Assert.NotEmpty(files);
        foreach (var (path, text) in files)
        {
            foreach (var marker in markers)
            {
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{path} contains {marker}");
                Assert.DoesNotContain(marker, path, StringComparison.Ordinal);
            }
        }
    }

    private static void AssertSomewhere(TempJournal journal, string marker) =>
        Assert.Contains(SealedSite.AllFiles(journal.Output), f => f.Text.Contains(marker, StringComparison.Ordinal));

    // 1. A private note whose opening fence is not exactly "---\n" was published in full (the YAML became body text).
    [Theory]
    [InlineData("--- \n")]
    [InlineData("---\t\n")]
    [InlineData("\n---\n")]
    [InlineData("\n \n---  \n")]
    [InlineData("\uFEFF--- \n")]
    [InlineData(" ---\n")]
    [InlineData("----\n")]
    [InlineData("-- -\n")]
    [InlineData("\u2014\n")]
    public async Task A_private_note_with_an_unusual_opening_fence_is_published_nowhere(string fence)
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-06-10-alice.md", fence + "date: 2026-06-10\nwith: alice\nprivate: true\n---\nShe has an outside offer: FENCE-SECRET\n");

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "FENCE-SECRET", "2026-06-10");
        AssertSomewhere(journal, PublicText);
        Assert.Single(result.Journal!.Notes);
    }

    [Fact]
    public async Task The_same_fences_in_crlf_files_are_read_as_front_matter()
    {
        using var journal = Journal();
        journal.Bytes("notes/2026/2026-06-10-alice.md", Encoding.UTF8.GetBytes("--- \r\ndate: 2026-06-10\r\nwith: alice\r\nprivate: true\r\n--- \r\nCRLF-SECRET\r\n"));

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "CRLF-SECRET");
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("2026-06-10-alice.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fence_like_first_line_is_an_error_with_its_line_in_build_and_publish()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-06-10-alice.md", "\n ---\ndate: 2026-06-10\nwith: alice\nprivate: true\n---\nFENCE-SECRET\n");

        var built = await journal.BuildAsync(BuildMode.Build);
        var error = Assert.Single(built.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice.md");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(2, error.Line);
        Assert.Contains("fence", error.Message);

        var published = await PublishAsync(journal);
        Assert.Contains(published.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice.md" && d.Line == 2 && d.Severity == Severity.Error);
        AssertNowhere(journal, "FENCE-SECRET", "2026-06-10");
    }

    [Fact]
    public async Task Front_matter_without_an_opening_fence_is_an_error_and_not_published()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-06-10-alice.md", "date: 2026-06-10\nprivate: true\n---\nNOFENCE-SECRET\n");

        var result = await PublishAsync(journal);

        Assert.Contains(result.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice.md" && d.Line == 1 && d.Message.Contains("no opening", StringComparison.Ordinal));
        AssertNowhere(journal, "NOFENCE-SECRET");
    }

    // 2. Private blocks: nesting, other spellings of the marker, and markers that cannot be read.
    [Fact]
    public async Task Nested_and_differently_written_private_blocks_are_left_out()
    {
        using var journal = Journal();
        journal.Note("2026-06-10-alice", "date: 2026-06-10\nwith: alice",
            "Before.\n\n<!-- private -->NEST-A<!-- private -->NEST-B<!-- /private -->NEST-C<!-- /private -->\n\n"
            + "<!--- private --->\nTRIPLE-DASH\n<!--- /private --->\n\n<!-- private: salary -->REASON-SECRET<!-- /private -->\n\n"
            + "<!--PRIVATE-->TIGHT-SECRET<!--/Private-->\n\nAfter the blocks.");

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "NEST-A", "NEST-B", "NEST-C", "TRIPLE-DASH", "REASON-SECRET", "TIGHT-SECRET");
        var prose = journal.Page("notes/2026/2026-06-10-alice/index.html").QuerySelector(".prose")!.TextContent;
        Assert.Contains("Before.", prose);
        Assert.Contains("After the blocks.", prose);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("2026-06-10-alice.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<!-- private -->\nMARKER-SECRET\n<!-- end private -->\n", 8)]
    [InlineData("<!-- private stuff -->\nMARKER-SECRET\n", 6)]
    [InlineData("MARKER-SECRET\n<!-- /private -->\n", 7)]
    [InlineData("<!-- private\nMARKER-SECRET\n", 6)]
    public async Task A_private_marker_that_cannot_be_read_leaves_the_whole_file_out_with_an_error(string body, int line)
    {
        using var journal = Journal();
        journal.Note("2026-06-10-alice", "date: 2026-06-10\nwith: alice", "Public words UNCLEAR-FILE-PUBLIC.\n" + body);

        var built = await journal.BuildAsync(BuildMode.Build);
        Assert.Contains(built.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice.md" && d.Severity == Severity.Error && d.Message.Contains("cannot", StringComparison.Ordinal));

        var result = await PublishAsync(journal);

        var error = Assert.Single(result.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice.md");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(line, error.Line);
        AssertNowhere(journal, "MARKER-SECRET", "UNCLEAR-FILE-PUBLIC", "2026-06-10");
        Assert.Contains("1 file could not be read", journal.Page("attention/index.html").QuerySelector("#withheld")!.TextContent);
    }

    [Fact]
    public async Task Meeting_types_are_stripped_of_private_blocks_and_private_types_left_out()
    {
        using var journal = Journal();
        journal.Write("meeting-types/exit-risk.md", "---\nid: exit-risk\nname: EXITRISK-TYPE-NAME\nprivate: true\n---\n## Agenda\n- 10 min: EXITRISK-AGENDA\n");
        journal.Write("meeting-types/weekly.md", "---\nid: weekly\nname: Weekly sync\n---\n## Agenda\n- 10 min: Updates\n<!-- private -->\n- 5 min: TYPE-BLOCK-SECRET\n<!-- /private -->\n");
        journal.Note("2026-06-10-alice", "date: 2026-06-10\nwith: alice\ntype: exit-risk", "Talked.");

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "EXITRISK-TYPE-NAME", "EXITRISK-AGENDA", "TYPE-BLOCK-SECRET");
        Assert.Contains(result.Journal!.MeetingTypes, t => t.Id == "weekly");
        Assert.DoesNotContain(result.Journal.MeetingTypes, t => t.Id == "exit-risk");
        Assert.Contains("Updates", journal.Page("prep/weekly/index.html").Body!.TextContent);
    }

    [Theory]
    [InlineData("y", false)]
    [InlineData("YES", false)]
    [InlineData("On", false)]
    [InlineData("maybe", true)]
    [InlineData("[true]", true)]
    [InlineData("", true)]
    public async Task Private_values_are_yaml_booleans_and_anything_else_is_private_and_an_error(string value, bool error)
    {
        using var journal = Journal();
        journal.Note("2026-06-10-alice", $"date: 2026-06-10\nwith: alice\nprivate: {value}", "FLAG-SECRET");

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "FLAG-SECRET", "2026-06-10");
        Assert.Equal(error, result.Diagnostics.Any(d => d.Path == "input/notes/2026/2026-06-10-alice.md" && d.Line == 4 && d.Message.StartsWith("private: must be true or false", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("n")]
    [InlineData("False")]
    [InlineData("off")]
    public async Task False_values_publish_the_note(string value)
    {
        using var journal = Journal();
        journal.Note("2026-06-10-alice", $"date: 2026-06-10\nwith: alice\nprivate: {value}", "FLAG-PUBLIC");

        var result = await PublishAsync(journal);

        AssertSomewhere(journal, "FLAG-PUBLIC");
        Assert.Equal(2, result.Journal!.Notes.Count);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_left_out_and_its_name_is_not_published()
    {
        using var journal = Journal();
        journal.Bytes("notes/2026/2026-06-10-alice-layoff-plans.md", [.. "---\ndate: 2026-06-10\nwith: alice\nprivate: true\n---\nPay cut "u8, 0xE9, .. " LATIN1-SECRET\n"u8]);
        journal.Write("notes/2026/2026-06-11-alice-reorg-rumours.md", "---\ndate: 2026-06-11\nwith: [alice\n---\nBROKEN-YAML-SECRET\n");

        var result = await PublishAsync(journal);

        Assert.Contains(result.Diagnostics, d => d.Path == "input/notes/2026/2026-06-10-alice-layoff-plans.md" && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/notes/2026/2026-06-11-alice-reorg-rumours.md" && d.Severity == Severity.Error);
        AssertNowhere(journal, "layoff-plans", "LATIN1-SECRET", "reorg-rumours", "BROKEN-YAML-SECRET");
        Assert.Contains("2 files could not be read", journal.Page("attention/index.html").QuerySelector("#withheld")!.TextContent);
    }

    [Fact]
    public async Task Encrypted_publish_strips_the_same_content_from_every_decrypted_page()
    {
        using var journal = Journal();
        journal.Write("notes/2026/2026-06-10-alice.md", "--- \ndate: 2026-06-10\nwith: alice\nprivate: true\n---\nENC-FENCE-SECRET\n");
        journal.Note("2026-06-11-alice", "date: 2026-06-11\nwith: alice", "<!-- private -->A<!-- private -->B<!-- /private -->ENC-NESTED-SECRET<!-- /private -->\nENC-PUBLIC");
        journal.Write("meeting-types/weekly.md", "---\nid: weekly\nname: Weekly sync\n---\n## Agenda\n- 10 min: Updates <!-- private: x -->ENC-TYPE-SECRET<!-- /private -->\n");

        var key = PublishKey.Derive(Passphrase);
        var result = await SiteBuilder.BuildAsync(journal.Options(BuildMode.Publish) with { PublishKey = key });
        Assert.Null(result.Refused);

        AssertNowhere(journal, "ENC-FENCE-SECRET", "ENC-NESTED-SECRET", "ENC-TYPE-SECRET");
        var pages = Directory.EnumerateFiles(journal.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => SealedSite.Open(p, Passphrase).Body).ToList();
        Assert.Contains(pages, p => p.Contains("ENC-PUBLIC", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            Assert.DoesNotContain("ENC-FENCE-SECRET", page, StringComparison.Ordinal);
            Assert.DoesNotContain("ENC-NESTED-SECRET", page, StringComparison.Ordinal);
            Assert.DoesNotContain("ENC-TYPE-SECRET", page, StringComparison.Ordinal);
        }
    }

    // A person whose file is private: notes about them were published with an "unknown person" error, body included,
    // on the attention page (their name, aliases and what was said).
    [Theory]
    [InlineData("with: bob-stone")]
    [InlineData("with: Bob Stone")]
    [InlineData("attendees: [alice, \"[[Bobby]]\"]")]
    [InlineData("")]
    public async Task Notes_that_name_a_private_person_are_left_out_like_private_notes(string with)
    {
        using var journal = Journal()
            .Person("bob-stone", "name: Bob Stone\naliases: [Bobby]\nprivate: true", "Interviewing elsewhere: PERSON-SECRET-BIO");
        journal.Write("notes/2026/2026-06-12-bob-stone.md", $"---\ndate: 2026-06-12\n{with}\n---\nHe asked about PERSON-SECRET-NOTE\n");

        var result = await PublishAsync(journal);

        AssertNowhere(journal, "PERSON-SECRET-BIO", "PERSON-SECRET-NOTE", "Bob Stone", "bob-stone", "Bobby");
        AssertSomewhere(journal, PublicText);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains("bob", StringComparison.Ordinal));

        // build (for the owner) still shows everything
        await journal.BuildAsync();
        Assert.Contains("PERSON-SECRET-NOTE", File.ReadAllText(Path.Combine(journal.Output, "notes", "2026", "2026-06-12-bob-stone", "index.html")), StringComparison.Ordinal);
    }
}
