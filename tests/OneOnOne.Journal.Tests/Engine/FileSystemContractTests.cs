using System.Buffers;
using System.Text;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary>
/// What every <see cref="IFileSystem"/> must do alike, run on the disk (<see cref="PhysicalFileSystem"/>, in a temporary
/// folder) and in memory (<see cref="InMemoryFileSystem"/>): a module tested in memory then behaves as it does on disk.
/// Each set-up goes through the seam, but for links, which the seam does not make (<see cref="MakeLink"/>).
/// </summary>
public abstract class FileSystemContractTests
{
    protected abstract IFileSystem Fs { get; }

    /// <summary>An absolute folder, empty, to work in.</summary>
    protected abstract string Root { get; }

    protected abstract void MakeLink(string path, string target);

    private string P(params string[] parts) => Path.Combine([Root, .. parts]);

    [Fact]
    public void A_new_file_is_written_with_its_folders_and_stat_and_read_give_it_back()
    {
        Assert.True(Fs.WriteIfChanged(P("a", "b", "index.html"), "<p>héllo</p>"u8));

        Assert.True(Fs.FolderExists(P("a", "b")));
        Assert.True(Fs.FileExists(P("a", "b", "index.html")));
        Assert.False(Fs.FileExists(P("a", "b")));
        Assert.False(Fs.FolderExists(P("a", "b", "index.html")));
        Assert.Equal("<p>héllo</p>"u8.ToArray(), Fs.ReadAllBytes(P("a", "b", "index.html")));
        var stat = Fs.Stat(P("a", "b", "index.html"));
        Assert.True(stat.Exists);
        Assert.Equal(13, stat.Length);
        Assert.False(Fs.Stat(P("a", "b")).Exists);
        Assert.Equal(default, Fs.Stat(P("nothing")));
        Assert.Throws<FileNotFoundException>(() => Fs.ReadAllBytes(P("nothing")));
    }

    [Theory]
    [InlineData("same", "same", false)]
    [InlineData("a much longer old content", "short", true)]
    [InlineData("short", "a much longer new content", true)]
    [InlineData("abcd", "abce", true)]
    [InlineData("old", "", true)]
    [InlineData("", "", false)]
    public void WriteIfChanged_writes_only_other_bytes_and_replaces_the_file_whole(string before, string after, bool written)
    {
        Fs.CreateFolder(Root);
        Fs.WriteAllBytes(P("y.html"), Encoding.UTF8.GetBytes(before));

        Assert.Equal(written, Fs.WriteIfChanged(P("y.html"), Encoding.UTF8.GetBytes(after)));
        Assert.Equal(after, Encoding.UTF8.GetString(Fs.ReadAllBytes(P("y.html"))));
    }

    [Fact]
    public void An_empty_file_is_created_with_its_folder_once()
    {
        Assert.True(Fs.WriteIfChanged(P("empty", "e.txt"), []));
        Assert.True(Fs.FileExists(P("empty", "e.txt")));
        Assert.False(Fs.WriteIfChanged(P("empty", "e.txt"), []));
    }

    [Fact]
    public void ReadPooled_gives_the_bytes_in_a_rented_buffer_or_only_the_size_of_a_file_too_large()
    {
        Fs.WriteIfChanged(P("n.md"), "0123456789"u8);

        var read = Fs.ReadPooled(P("n.md"), 10);
        Assert.False(read.TooLarge);
        Assert.Equal("0123456789"u8.ToArray(), read.Rented.AsSpan(0, read.Length).ToArray());
        ArrayPool<byte>.Shared.Return(read.Rented!);

        var large = Fs.ReadPooled(P("n.md"), 9);
        Assert.True(large.TooLarge);
        Assert.Equal(10, large.Size);
    }

    [Fact]
    public void A_folder_lists_its_files_folders_and_links_without_looking_through_links_and_stats_only_when_asked()
    {
        Fs.WriteIfChanged(P("notes", "a.md"), "abc"u8);
        Fs.WriteIfChanged(P("notes", ".hidden.md"), "x"u8);
        Fs.CreateFolder(P("notes", "2026"));
        MakeLink(P("notes", "loop"), P("notes"));
        MakeLink(P("notes", "dangling.md"), P("gone.md"));

        var entries = Fs.List(P("notes"), stats: true).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.Equal([".hidden.md", "2026", "a.md", "dangling.md", "loop"], entries.Select(e => e.Name));
        Assert.Equal([EntryKind.File, EntryKind.Folder, EntryKind.File, EntryKind.Link, EntryKind.Link], entries.Select(e => e.Kind));
        Assert.Equal(3, entries[2].Length);
        Assert.Equal(Fs.Stat(P("notes", "a.md")).LastWriteUtc, entries[2].LastWriteUtc);
        Assert.All(Fs.List(P("notes"), stats: false), e => Assert.Equal(0, e.Length));
        Assert.ThrowsAny<IOException>(() => Fs.List(P("missing"), stats: false).ToList());
    }

    [Fact]
    public void Links_are_followed_on_every_path_and_their_targets_read_as_stored_and_a_circle_is_an_error()
    {
        Fs.WriteIfChanged(P("archive", "2025", "n.md"), "archived"u8);
        Fs.CreateFolder(P("notes"));
        MakeLink(P("notes", "2025"), Path.Combine("..", "archive", "2025"));
        MakeLink(P("notes", "again.md"), P("archive", "2025", "n.md"));
        MakeLink(P("a"), P("b"));
        MakeLink(P("b"), P("a"));

        Assert.Equal(Path.Combine("..", "archive", "2025"), Fs.LinkTarget(P("notes", "2025")));
        Assert.Null(Fs.LinkTarget(P("archive", "2025")));
        Assert.Null(Fs.LinkTarget(P("nothing")));
        Assert.True(Fs.FolderExists(P("notes", "2025")));
        Assert.Equal("archived"u8.ToArray(), Fs.ReadAllBytes(P("notes", "2025", "n.md")));
        Assert.True(Fs.FileExists(P("notes", "again.md")));
        Assert.False(Fs.FileExists(P("notes", "2025")));

        // a link is stat-ed itself, as .NET's FileInfo does: the length of the path it holds, not of the note
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(P("archive", "2025", "n.md")), Fs.Stat(P("notes", "again.md")).Length);
        MakeLink(P("notes", "dangling.md"), P("gone.md"));
        Assert.True(Fs.FileExists(P("notes", "dangling.md")));
        Assert.True(Fs.Stat(P("notes", "dangling.md")).Exists);
        Assert.False(Fs.FileExists(P("gone.md")));
        Assert.Equal(P("archive", "2025", "n.md"), FileListing.RealPath(P("notes", "2025", "n.md"), Fs));
        Assert.Null(FileListing.RealPath(P("a", "x.md"), Fs));
        Assert.False(Fs.FileExists(P("a", "x.md")));
        Assert.Equal(["n.md"], Fs.ListFilesBelow(P("notes", "2025")).Select(Path.GetFileName));
    }

    [Fact]
    public void Deleting_a_link_removes_the_link_never_its_target_and_a_move_replaces()
    {
        Fs.WriteIfChanged(P("target.md"), "kept"u8);
        MakeLink(P("link.md"), P("target.md"));

        Fs.DeleteFile(P("link.md"));
        Fs.DeleteFile(P("never-there.md"));

        Assert.False(Fs.FileExists(P("link.md")));
        Assert.Null(Fs.LinkTarget(P("link.md")));
        Assert.Equal("kept"u8.ToArray(), Fs.ReadAllBytes(P("target.md")));

        Fs.WriteIfChanged(P("new.md"), "new"u8);
        Fs.MoveFile(P("new.md"), P("target.md"));
        Assert.False(Fs.FileExists(P("new.md")));
        Assert.Equal("new"u8.ToArray(), Fs.ReadAllBytes(P("target.md")));
    }

    [Fact]
    public void ListFilesBelow_gives_every_file_at_any_depth_by_its_path()
    {
        Fs.WriteIfChanged(P("assets", "site.css"), "x"u8);
        Fs.WriteIfChanged(P("assets", "js", "app.js"), "y"u8);
        Fs.WriteIfChanged(P("assets", "js", "deep", "z.js"), "z"u8);

        Assert.Equal([P("assets", "js", "app.js"), P("assets", "js", "deep", "z.js"), P("assets", "site.css")], Fs.ListFilesBelow(P("assets")).Order(StringComparer.Ordinal));
        Assert.Contains("site.css|1:", FileStamp.OfTree(P("assets"), Fs), StringComparison.Ordinal);
        Assert.Equal("", FileStamp.OfTree(P("none"), Fs));
    }
}

/// <summary>The contract on the disk.</summary>
public sealed class PhysicalFileSystemContractTests : FileSystemContractTests, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fs-contract-").FullName;

    protected override IFileSystem Fs => PhysicalFileSystem.Instance;

    protected override string Root => _root;

    protected override void MakeLink(string path, string target) => File.CreateSymbolicLink(path, target);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>The contract in memory.</summary>
public sealed class InMemoryFileSystemContractTests : FileSystemContractTests
{
    private readonly InMemoryFileSystem _fs = new();

    protected override IFileSystem Fs => _fs;

    protected override string Root => Path.Combine(Path.GetPathRoot(Path.GetTempPath())!, "contract");

    protected override void MakeLink(string path, string target) => _fs.AddLink(path, target);
}
