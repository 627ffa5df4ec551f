using System.Security.Cryptography;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>Publish leaves private content out of every file, encrypts every page, and hides names in paths.</summary>
public sealed class PublishTests
{
    private const string Passphrase = "plum tractor velvet ocean";

    // unique markers: none of them may reach any published file
    private const string PrivateNoteMarker = "ZEBRA-PRIVATE-NOTE";
    private const string PrivateBlockMarker = "OKAPI-PRIVATE-BLOCK";
    private const string PrivateGoalMarker = "QUOKKA-PRIVATE-GOAL";
    private const string PrivateActionMarker = "NARWHAL-PRIVATE-ACTION";
    private const string PrivateTitle = "Outside offer from Initech";

    private static TempJournal Journal() => new TempJournal()
        .Person("alice", "name: Alice Chen\ncadence: weekly")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ngoals:\n  - id: search\n    title: Ship search v2\n    status: on-track",
            $"## Notes\nPublic part about the roadmap.\n\n<!-- private -->\nSalary talk: {PrivateBlockMarker}\n<!-- /private -->\n\nAfter the block.\n\n## Action items\n- [ ] @alice Draft the plan")
        .Note("2026-06-08-alice", $"date: 2026-06-08\nwith: alice\nprivate: true\ntitle: {PrivateTitle}\ngoals:\n  - id: leave\n    title: {PrivateGoalMarker}\n    status: proposed",
            $"She has an offer. {PrivateNoteMarker}\n\n## Action items\n- [ ] @me {PrivateActionMarker}")
        .Write("notes/2026/2026-06-09-alice.md", "---\ndate: 2026-06-09\nwith: [alice\n---\nUnreadable front matter, maybe private: BROKEN-MAYBE-PRIVATE\n");

    private static readonly string[] Markers = [PrivateNoteMarker, PrivateBlockMarker, PrivateGoalMarker, PrivateActionMarker, PrivateTitle, "BROKEN-MAYBE-PRIVATE", "2026-06-08-alice"];

    [Fact]
    public async Task Unencrypted_publish_has_no_private_content_in_any_file_and_counts_without_it()
    {
        using var journal = Journal();
        var result = await journal.BuildAsync(BuildMode.Publish);

        foreach (var (path, text) in SealedSite.AllFiles(journal.Output))
        {
            foreach (var marker in Markers)
            {
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{path} contains {marker}");
            }
        }

        var note = journal.Page("notes/2026/2026-06-01-alice/index.html").QuerySelector(".prose")!.TextContent;
        Assert.Contains("Public part about the roadmap.", note);
        Assert.Contains("After the block.", note);
        Assert.Single(result.Journal!.Notes);
        Assert.Single(result.Journal.Goals);
        Assert.Contains("· 1 notes ·", journal.Page("index.html").QuerySelector(".lede")!.TextContent);
    }

    [Fact]
    public async Task The_same_journal_built_normally_shows_the_private_note()
    {
        using var journal = Journal();
        var result = await journal.BuildAsync(BuildMode.Build);
        Assert.Contains(result.Journal!.Notes, n => n.Title == PrivateTitle);
        Assert.Contains(PrivateBlockMarker, journal.Page("notes/2026/2026-06-01-alice/index.html").QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task Encrypted_publish_reveals_nothing_in_bytes_or_paths_and_decrypts_with_the_browser_parameters()
    {
        using var journal = Journal();
        var key = PublishKey.Derive(Passphrase);
        var result = await SiteBuilderFor(journal, key);

        var files = SealedSite.AllFiles(journal.Output).ToList();
        foreach (var (path, text) in files)
        {
            foreach (var readable in Markers.Concat(["Alice", "alice", "roadmap", "Ship search v2", "2026-06-01"]))
            {
                if (path.StartsWith("assets", StringComparison.Ordinal) || path == "robots.txt" || path == ".oneonone-output")
                {
                    continue;
                }

                Assert.False(text.Contains(readable, StringComparison.Ordinal), $"{path} contains '{readable}'");
                Assert.DoesNotContain(readable, path);
            }
        }

        // every page opens with the passphrase, and the decrypted site still has no private content
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10);
        var opened = pages.Select(p => SealedSite.Open(Path.Combine(journal.Output, p.Path), Passphrase)).ToList();
        Assert.Contains(opened, o => o.Body.Contains("Public part about the roadmap.", StringComparison.Ordinal));
        Assert.Contains(opened, o => o.Title.StartsWith("Alice Chen", StringComparison.Ordinal));
        foreach (var page in opened)
        {
            foreach (var marker in Markers)
            {
                Assert.DoesNotContain(marker, page.Body);
            }
        }

        Assert.Throws<AuthenticationTagMismatchException>(() => SealedSite.Open(Path.Combine(journal.Output, "index.html"), "the wrong passphrase!"));
        // one error: the note whose front matter cannot be read was left out (issue #14: fails closed, reported as an error)
        Assert.Equal(1, result);
    }

    [Fact]
    public void Keys_use_owasp_iterations_random_salts_synthetic_ivs_and_refuse_short_passphrases()
    {
        Assert.Equal(600_000, PublishKey.Iterations);
        Assert.Throws<ArgumentException>(() => PublishKey.Derive("short pass"));
        var a = PublishKey.Derive(Passphrase);
        var b = PublishKey.Derive(Passphrase);
        Assert.Equal(16, a.Salt.Length);
        Assert.NotEqual(a.Salt, b.Salt);
        Assert.Equal(a.Key.ToArray(), PublishKey.Derive(Passphrase, a.Salt).Key.ToArray());
        var (iv1, _) = SiteCipher.Encrypt(a, "x"u8);
        var (iv2, sealed2) = SiteCipher.Encrypt(a, "x"u8);
        var (iv3, _) = SiteCipher.Encrypt(a, "y"u8);
        var (iv4, _) = SiteCipher.Encrypt(b, "x"u8);
        Assert.Equal(12, iv1.Length);
        // synthetic IVs (deploy re-sends only changed files): equal content under one key is equal, anything else differs
        Assert.Equal(iv1, iv2);
        Assert.NotEqual(iv1, iv3);
        Assert.NotEqual(iv1, iv4);
        Assert.Equal("x"u8.ToArray(), SiteCipher.Decrypt(a, iv2, sealed2));
        Assert.DoesNotContain("plum", a.ToString());
    }

    [Theory]
    [InlineData("a\n<!-- private -->\nsecret\n<!-- /private -->\nb\n", "a\n\n\n\nb\n", false)]
    [InlineData("a <!-- Private -->secret<!--/private--> b", "a  b", false)]
    [InlineData("a\n<!-- private -->\nsecret forever\n", "a\n\n\n", true)]
    [InlineData("<!-- private -->A<!-- private -->B<!-- /private -->C<!-- /private -->D", "D", false)]
    [InlineData("x<!--- private --->\ns\n<!--- /private --->y", "x\n\ny", false)]
    [InlineData("x<!-- private: salary talk -->s<!-- / PRIVATE -->y<!-- a plain comment -->", "xy<!-- a plain comment -->", false)]
    [InlineData("a\n<!-- private -->\n<!-- private -->b<!-- /private -->\nc\n", "a\n\n\n\n", true)]
    public void Private_blocks_are_removed_keeping_line_numbers(string input, string expected, bool unclosed)
    {
        var result = PrivateBlocks.Remove(input);
        Assert.Null(result.Problem);
        Assert.Equal(expected, result.Text);
        Assert.Equal(unclosed, result.UnclosedLine > 0);
    }

    [Theory]
    [InlineData("a\n<!-- private -->\nb\n<!-- end private -->\n", 4)]
    [InlineData("a\n\n<!-- /private -->\n", 3)]
    [InlineData("<!-- private -->a<!-- /private --><!-- /private -->", 1)]
    [InlineData("a <!-- talk privately later -->", 1)]
    [InlineData("a\n<!-- private ->\nb", 2)]
    public void Private_markers_that_cannot_be_paired_are_a_problem_at_their_line(string input, int line)
    {
        var result = PrivateBlocks.Remove(input);
        Assert.NotNull(result.Problem);
        Assert.Equal(line, result.ProblemLine);
    }

    [Fact]
    public async Task Publish_refuses_to_run_unencrypted_without_being_told_and_refuses_short_passphrases()
    {
        using var journal = Journal();
        var run = await ProgramRunner.RunAsync(journal.Root, "publish");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-encrypt", run.Stderr);
        Assert.Contains("JOURNAL_PASSPHRASE", run.Stderr);
        Assert.False(Directory.Exists(journal.Output));

        var shortRun = await ProgramRunner.RunAsync(journal.Root, new Dictionary<string, string> { ["JOURNAL_PASSPHRASE"] = "too short" }, "publish");
        Assert.Equal(2, shortRun.ExitCode);
        Assert.Contains("at least 12", shortRun.Stderr);
        Assert.False(Directory.Exists(journal.Output));

        var plain = await ProgramRunner.RunAsync(journal.Root, "publish", "--no-encrypt");
        Assert.Contains("WITHOUT encryption", plain.Stderr);
        Assert.True(journal.Exists("people/alice/index.html"));
    }

    [Fact]
    public async Task A_publish_with_a_note_error_is_published_and_exits_1_not_2()
    {
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "Public part.")
            .Note("2026-06-02-nobody", "date: 2026-06-02\nwith: me", "Who?"); // names only the owner: an error (an unknown name would be inferred, issue #15)

        var run = await ProgramRunner.RunAsync(journal.Root, new Dictionary<string, string> { ["JOURNAL_PASSPHRASE"] = Passphrase }, "publish");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the note names only you", run.Stderr);
        Assert.Contains("Published, encrypted.", run.Stderr);
        Assert.Equal(OneOnOne.Journal.Building.OutputKind.Publish, OneOnOne.Journal.Building.OutputFolder.KindOf(journal.Output));
    }

    [Fact]
    public async Task A_publish_that_fails_midway_into_a_folder_holding_a_build_exits_2_and_leaves_no_unencrypted_page()
    {
        using var journal = new TempJournal(withTheme: true)
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "Public part about the roadmap.")
            .Note("2026-06-08-alice", $"date: 2026-06-08\nwith: alice\nprivate: true\ntitle: {PrivateTitle}", $"She has an offer. {PrivateNoteMarker}");
        var build = await ProgramRunner.RunAsync(journal.Root, "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains(PrivateNoteMarker, File.ReadAllText(Path.Combine(journal.Output, "notes", "2026", "2026-06-08-alice", "index.html")));

        // the note layout compiles but fails while the pages render: the publish stops midway
        File.AppendAllText(Path.Combine(journal.Root, "theme", "layouts", "note.sbn-html"), "\n{{ include \"no-such-partial\" }}\n");
        var run = await ProgramRunner.RunAsync(journal.Root, new Dictionary<string, string> { ["JOURNAL_PASSPHRASE"] = Passphrase }, "publish");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing was published", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        var outside = Directory.EnumerateFiles(journal.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(journal.Root, "input"), StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(PrivateNoteMarker, StringComparison.Ordinal));
        Assert.Empty(outside);
        // no output folder, no staging folder: nothing but the journal itself
        Assert.Equal(["input", "theme"], Directory.EnumerateFileSystemEntries(journal.Root).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal));
    }

    private static async Task<int> SiteBuilderFor(TempJournal journal, PublishKey key)
    {
        var result = await OneOnOne.Journal.Building.SiteBuilder.BuildAsync(journal.Options(BuildMode.Publish) with { PublishKey = key });
        Assert.Null(result.Refused);
        return result.Errors;
    }
}
