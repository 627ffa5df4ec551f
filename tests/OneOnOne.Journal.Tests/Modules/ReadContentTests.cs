using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary><see cref="ReadFiles.DeferContent"/> lists notes without their text; <see cref="ReadContent"/> reads it later, with the same problems reported; publishing reads at once. In memory (<see cref="TestJournalFiles"/>).</summary>
public sealed class ReadContentTests
{
    [Fact]
    public async Task A_deferred_listing_holds_no_text_and_ReadContent_reads_it_keeping_other_metadata()
    {
        var journal = new TestJournalFiles()
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "## Notes\nHello.\n")
            .Bytes("notes/2026/2026-06-02-binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var context = journal.Context();
        var folder = journal.Notes;

        var listed = await new ReadFiles(folder, "input/notes") { DeferContent = true }.ExecuteAsync([], context);
        Assert.Equal(2, listed.Count);
        Assert.All(listed, d => Assert.Equal("", d.Content));
        Assert.All(listed, d => Assert.True(journal.FileSystem.FileExists(d.Get<string>(Keys.FilePath)!)));
        Assert.Empty(context.Diagnostics);

        var read = await new ReadContent().ExecuteAsync([.. listed.Select(d => d.With(Keys.Slug, "kept"))], context);
        Assert.StartsWith("---\ndate: 2026-06-01", read.Single(d => d.Source!.EndsWith("alice.md", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
        Assert.All(read, d => Assert.Equal("kept", d.Get<string>(Keys.Slug)));
        Assert.All(read, d => Assert.Null(d.Get<string>(Keys.FilePath)));
        var binary = read.Single(d => d.Source!.EndsWith("binary.md", StringComparison.Ordinal));
        Assert.NotNull(binary.Get<string>(Keys.ReadError));
        Assert.Equal("input/notes/2026/2026-06-02-binary.md", Assert.Single(context.Diagnostics).Path);

        // documents that already have their text pass through as they are
        Assert.Same(read[0], (await new ReadContent().ExecuteAsync([read[0]], context))[0]);
    }

    [Fact]
    public async Task Publishing_reads_every_note_at_once_so_private_notes_are_left_out_before_slugs()
    {
        var journal = new TestJournalFiles().Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\nprivate: true", "Secret.\n");
        var context = journal.Context(BuildMode.Publish);

        var listed = await new ReadFiles(journal.Notes, "input/notes") { DeferContent = true }.ExecuteAsync([], context);

        Assert.Contains("private: true", Assert.Single(listed).Content, StringComparison.Ordinal);
        Assert.Null(listed[0].Get<string>(Keys.FilePath));
    }
}
