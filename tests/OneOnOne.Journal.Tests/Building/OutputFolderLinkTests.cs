using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// Symbolic links and the output folder (issue #14): the guard compares real paths, so an output reached through a
/// link into <c>input/</c> is refused before anything is written; a link found inside the output folder (to a file or
/// a folder outside) is removed and a regular file or folder written in its place, never written through.
/// </summary>
public sealed class OutputFolderLinkTests : IDisposable
{
    private readonly TempJournal _journal = new TempJournal()
        .Person("alice", "name: Alice")
        .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice\ntitle: Kick-off", "## Notes\n\nWe met.\n");

    private readonly string _outside = Directory.CreateTempSubdirectory("oneonone-outside-").FullName;

    public void Dispose()
    {
        _journal.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("input", "")]
    [InlineData("input", "site")]
    [InlineData("input/notes", "")]
    [InlineData("", "input/site")]
    public async Task An_output_reached_through_a_link_into_input_is_refused_and_nothing_is_written_under_input(string linkTarget, string below)
    {
        var link = Path.Combine(_outside, "link");
        Directory.CreateSymbolicLink(link, Path.Combine(_journal.Root, linkTarget));
        var before = _journal.InputSnapshot();

        var result = await SiteBuilder.BuildAsync(_journal.Options() with { OutputPath = Path.Combine(link, below) });

        Assert.NotNull(result.Refused);
        Assert.Contains("input folder or root", result.Refused);
        Assert.Equal(before, _journal.InputSnapshot());
        Assert.False(File.Exists(Path.Combine(_journal.Root, "input", OutputFolder.Marker)));
    }

    [Fact]
    public void Real_paths_resolve_every_link_and_apply_dot_dot_after_the_link_as_the_system_does()
    {
        var deep = Directory.CreateDirectory(Path.Combine(_outside, "a", "b")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(_outside, "to-b"), deep);

        // to-b/.. is a (the parent of what the link points to), not _outside
        Assert.Equal(Path.Combine(_outside, "a", "new"), OutputFolder.RealPath(Path.Combine(_outside, "to-b", "..", "new")));
        Assert.Equal(Path.Combine(deep, "not", "yet"), OutputFolder.RealPath(Path.Combine(_outside, "to-b", "not", "yet")));
    }

    [Fact]
    public async Task A_link_to_a_file_outside_found_in_the_output_is_replaced_and_the_file_left_byte_identical()
    {
        await _journal.BuildAsync();
        var outsideFile = Path.Combine(_outside, "precious.txt");
        File.WriteAllText(outsideFile, "mine, not the journal's");
        var page = Path.Combine(_journal.Output, "notes", "2026", "2026-06-01-alice", "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, outsideFile);

        await _journal.BuildAsync();

        Assert.Equal("mine, not the journal's", File.ReadAllText(outsideFile));
        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Contains("We met.", _journal.Page("notes/2026/2026-06-01-alice/index.html").QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task A_link_to_a_folder_outside_found_in_the_output_is_replaced_and_the_folder_left_untouched()
    {
        await _journal.BuildAsync();
        var outsideFolder = Directory.CreateDirectory(Path.Combine(_outside, "people")).FullName;
        File.WriteAllText(Path.Combine(outsideFolder, "stale-looking.html"), "mine");
        Directory.CreateDirectory(Path.Combine(outsideFolder, "alice"));
        File.WriteAllText(Path.Combine(outsideFolder, "alice", "index.html"), "also mine");
        var before = TempJournal.Snapshot(outsideFolder);
        var people = Path.Combine(_journal.Output, "people");
        Directory.Delete(people, recursive: true);
        Directory.CreateSymbolicLink(people, outsideFolder);

        await _journal.BuildAsync();

        Assert.Equal(before, TempJournal.Snapshot(outsideFolder));
        Assert.Null(new DirectoryInfo(people).LinkTarget);
        Assert.Equal("Alice", _journal.Page("people/alice/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_link_named_like_the_marker_does_not_make_a_folder_the_tools_and_is_never_written_through()
    {
        var outsideFile = Path.Combine(_outside, "precious.txt");
        File.WriteAllText(outsideFile, "mine");
        var output = Directory.CreateDirectory(Path.Combine(_outside, "site")).FullName;
        File.CreateSymbolicLink(Path.Combine(output, OutputFolder.Marker), outsideFile);

        Assert.False(OutputFolder.IsMarked(output));
        Assert.Contains("not created by this tool", OutputFolder.Prepare(_journal.Root, output));
        OutputFolder.MarkAs(output, OutputKind.Build);

        Assert.Equal("mine", File.ReadAllText(outsideFile));
        Assert.Equal(OutputKind.Build, OutputFolder.KindOf(output));
    }

    [Fact]
    public async Task A_preview_rebuild_of_one_note_replaces_a_link_put_in_place_of_its_page_since_the_last_build()
    {
        var session = new BuildSession();
        session.Changes.Watching = true;
        await SiteBuilder.BuildAsync(_journal.Options(), null, session);
        var outsideFile = Path.Combine(_outside, "precious.txt");
        File.WriteAllText(outsideFile, "mine, not the journal's");
        var page = Path.Combine(_journal.Output, "notes", "2026", "2026-06-01-alice", "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, outsideFile);

        var note = Path.Combine(_journal.Root, "input", "notes", "2026", "2026-06-01-alice.md");
        File.AppendAllText(note, "\nSaved again.\n");
        session.Changes.Changed(Path.GetFullPath(note));
        var rebuilt = await SiteBuilder.BuildAsync(_journal.Options(), null, session);

        Assert.False(rebuilt.RenderedEverything);
        Assert.Equal("mine, not the journal's", File.ReadAllText(outsideFile));
        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Contains("Saved again.", File.ReadAllText(page));
    }
}
