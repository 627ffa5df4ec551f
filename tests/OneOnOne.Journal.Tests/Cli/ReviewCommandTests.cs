using System.CommandLine;
using System.Diagnostics;
using OneOnOne.Journal.Cli;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Cli;

/// <summary><c>review</c>: the year in review as Markdown, from <see cref="ReviewJournal"/> (review years start in April).</summary>
public sealed class ReviewCommandTests
{
    private static async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ReviewCommand.Create(new CommonOptions()));
        return await root.Parse(["review", .. args]).InvokeAsync();
    }

    [Fact]
    public async Task A_persons_review_is_written_as_plain_readable_markdown_without_touching_the_output_folder()
    {
        using var journal = ReviewJournal.Create(withTheme: true);
        var before = journal.InputSnapshot();
        var file = Path.Combine(journal.Root, "exports", "alice-2025.md");

        var code = await RunAsync("--root", journal.Root, "--today", "2026-06-30", "--year", "2025", "--person", "alice", "--output", file);

        Assert.Equal(0, code);
        var md = File.ReadAllText(file);
        Assert.StartsWith("# Alice Chen: year in review 2025 (Apr 2025 – Mar 2026)\n", md, StringComparison.Ordinal);
        Assert.Contains("\n- Meetings: 7 held of 10 expected (monthly); cadence kept 43%\n", md, StringComparison.Ordinal);
        Assert.Contains("\n- Actions on time: 50% (1 of 2 of Alice Chen's own items with a due date; 1 closed by the next 1:1, 0 late); yours (@me) – (0 of 0)\n", md, StringComparison.Ordinal);
        Assert.Contains("\n- Alice Chen's own: opened 4, closed 3 (1 on time, 1 by the next 1:1, 0 late; on time 50%), still open 1 (1 overdue)\n- Yours (@me): opened 0", md, StringComparison.Ordinal);
        Assert.Contains("Expected meetings: 304 days from 1 Jun 2025 (since:) to 31 Mar 2026 (the end of the year), divided by the cadence of 30 days and rounded, at least 1: 10.", md, StringComparison.Ordinal);
        Assert.Contains("counts as closed by the next 1:1, never as late", md, StringComparison.Ordinal);
        Assert.Contains("\n- Goals reached: 0 of 2 discussed this year\n", md, StringComparison.Ordinal);
        Assert.Contains("## Goals (2 started, 0 reached, 1 dropped, 0 at risk)", md, StringComparison.Ordinal);
        Assert.Contains("### Given to Alice Chen\n\n- 3 Jul 2025 (praise): Clear incident write-up\n- 10 Jan 2026 (constructive): Delegate more\n", md, StringComparison.Ordinal);
        Assert.Contains("### Received from Alice Chen\n\n- 3 Jul 2025 (constructive): Send the update earlier\n", md, StringComparison.Ordinal);
        Assert.Contains("- 1 Aug 2025: Shipped search v2\n", md, StringComparison.Ordinal);
        Assert.Contains("input/notes/2025/2025-07-03-alice.md", md, StringComparison.Ordinal);
        Assert.Contains("counted from 1 Jun 2025", md, StringComparison.Ordinal);

        // pasted as plain text: no HTML, no tables, no link or emphasis syntax
        foreach (var noise in new[] { "<", "|", "](", "**" })
        {
            Assert.DoesNotContain(noise, md, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(journal.Output), "review must not build or write the site's output folder");
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public async Task The_whole_journal_export_lists_everyone_and_the_owners_own_year_then_each_review()
    {
        using var journal = ReviewJournal.Create(withTheme: true);
        var file = Path.Combine(journal.Root, "all.md");

        Assert.Equal(0, await RunAsync("--root", journal.Root, "--today", "2026-06-30", "--year", "2025", "--output", file));

        var md = File.ReadAllText(file);
        Assert.StartsWith("# Year in review 2025 (Apr 2025 – Mar 2026)\n", md, StringComparison.Ordinal);
        Assert.Contains("- Alice Chen (Direct report, monthly): 7 of 10 expected meetings, cadence kept 43%, 0 of 2 goals reached, 1 win, feedback 2 given / 1 received, their actions on time 50%, open actions 1 theirs / 0 yours / 0 shared\n", md, StringComparison.Ordinal);
        var own = md[md.IndexOf("## Sam's own year", StringComparison.Ordinal)..md.IndexOf("## Alice Chen: year in review", StringComparison.Ordinal)];
        Assert.Contains("- 9 Sep 2025, with Bob Stone: Led the reorg\n", own, StringComparison.Ordinal);
        Assert.Contains("- 9 Sep 2025, with Bob Stone (praise): Great planning\n", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Carol", own, StringComparison.Ordinal);
        Assert.Contains("## Carol Diaz: year in review 2025", md, StringComparison.Ordinal);
        Assert.Contains("### At a glance", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_notes_blocks_and_people_are_left_out_unless_include_private_is_given()
    {
        using var journal = ReviewJournal.Create(withTheme: true);
        journal.Note("2025-09-01-alice", "date: 2025-09-01\nwith: alice\nprivate: true", "## Wins\n- REVIEW-PRIVATE-NOTE-WIN\n");
        journal.Note("2025-09-02-alice", "date: 2025-09-02\nwith: alice", "## Wins\n- Public win\n<!-- private -->\n- REVIEW-PRIVATE-BLOCK-WIN\n<!-- /private -->\n");
        journal.Person("dave", "name: Dave Secretperson\nrelationship: peer\ncadence: monthly\nprivate: yes");
        journal.Note("2025-09-03-dave", "date: 2025-09-03\nwith: dave", "## Wins\n- REVIEW-DAVE-WIN\n");
        var markers = new[] { "REVIEW-PRIVATE-NOTE-WIN", "REVIEW-PRIVATE-BLOCK-WIN", "Secretperson", "REVIEW-DAVE-WIN", "2025-09-01-alice", "2025-09-03-dave" };
        var file = Path.Combine(journal.Root, "all.md");
        var aliceFile = Path.Combine(journal.Root, "alice.md");

        Assert.Equal(0, await RunAsync("--root", journal.Root, "--today", "2026-06-30", "--year", "2025", "--output", file));
        Assert.Equal(0, await RunAsync("--root", journal.Root, "--today", "2026-06-30", "--year", "2025", "--person", "alice", "--output", aliceFile));

        foreach (var md in new[] { File.ReadAllText(file), File.ReadAllText(aliceFile) })
        {
            Assert.Contains("Public win", md, StringComparison.Ordinal);
            foreach (var marker in markers)
            {
                Assert.DoesNotContain(marker, md, StringComparison.Ordinal);
            }
        }

        Assert.Equal(0, await RunAsync("--root", journal.Root, "--today", "2026-06-30", "--year", "2025", "--include-private", "--output", file));
        var all = File.ReadAllText(file);
        foreach (var marker in new[] { "REVIEW-PRIVATE-NOTE-WIN", "REVIEW-PRIVATE-BLOCK-WIN", "Secretperson", "REVIEW-DAVE-WIN" })
        {
            Assert.Contains(marker, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_person_is_refused_with_exit_code_2()
    {
        using var journal = ReviewJournal.Create(withTheme: true);
        var file = Path.Combine(journal.Root, "x.md");

        Assert.Equal(2, await RunAsync("--root", journal.Root, "--year", "2025", "--person", "zed", "--output", file));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task The_built_program_writes_the_review_to_standard_output_and_resolves_names()
    {
        using var journal = ReviewJournal.Create(withTheme: true);
        var dll = Path.Combine(AppContext.BaseDirectory, "OneOnOne.Journal.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "review", "--root", journal.Root, "--today", "2026-06-30", "--year", "2026", "--person", "Alice Chen" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        var md = await stdout;
        Assert.StartsWith("# Alice Chen: year in review 2026 (Apr 2026 – Mar 2027)\n", md, StringComparison.Ordinal);
        Assert.Contains("- Goals reached: 1 of 1 discussed this year\n", md, StringComparison.Ordinal);
        Assert.Contains("- Get promoted to senior: reached 4 May 2026 (progress 70% → 100%)\n", md, StringComparison.Ordinal);
        Assert.Contains("- Actions on time: 0% (0 of 1 of Alice Chen's own items with a due date; 0 closed by the next 1:1, 1 late)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("future win", md, StringComparison.Ordinal);
        Assert.False(Directory.Exists(journal.Output));
    }
}
