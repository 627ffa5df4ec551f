using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>What the in-memory file system adds to the contract it shares with the disk (<see cref="Engine.FileSystemContractTests"/>): set-up helpers, a clock, parallel writers, link limits.</summary>
public sealed class InMemoryFileSystemTests
{
    private static readonly string Root = Path.Combine(Path.GetPathRoot(Path.GetTempPath())!, "mem");

    private static string P(params string[] parts) => Path.Combine([Root, .. parts]);

    [Fact]
    public void A_file_added_makes_its_folders_and_each_write_is_stamped_a_second_later()
    {
        var fs = new InMemoryFileSystem().AddFile(P("a", "b", "n.md"), "one");
        var first = fs.Stat(P("a", "b", "n.md"));

        Assert.True(fs.FolderExists(P("a")));
        Assert.True(fs.FolderExists(P("a", "b")));
        Assert.Equal(["a/b/n.md"], fs.FilesBelow(Root));
        Assert.Equal("one", fs.ReadText(P("a", "b", "n.md")));

        Assert.True(fs.WriteIfChanged(P("a", "b", "n.md"), "two"u8));
        var second = fs.Stat(P("a", "b", "n.md"));
        Assert.Equal(first.Length, second.Length);
        Assert.Equal(first.LastWriteUtc.AddSeconds(1), second.LastWriteUtc);
        Assert.NotEqual(FileStamp.Of(first), FileStamp.Of(second));
        Assert.Equal(1, fs.Writes);
    }

    [Fact]
    public void A_file_cannot_stand_where_a_folder_is_nor_a_folder_under_a_file()
    {
        var fs = new InMemoryFileSystem().AddFile(P("f.md"), "x").AddFolder(P("d"));

        Assert.Throws<IOException>(() => fs.WriteIfChanged(P("d"), "x"u8));
        Assert.Throws<IOException>(() => fs.CreateFolder(P("f.md", "sub")));
        Assert.Throws<UnauthorizedAccessException>(() => fs.DeleteFile(P("d")));
        Assert.Throws<DirectoryNotFoundException>(() => fs.WriteAllBytes(P("none", "x.md"), "x"u8));
    }

    [Fact]
    public void More_than_forty_links_on_a_path_is_an_error_as_on_the_system()
    {
        var fs = new InMemoryFileSystem().AddFile(P("n.md"), "x");
        fs.AddLink(P("l0"), P("n.md"));
        for (var i = 1; i <= 41; i++)
        {
            fs.AddLink(P($"l{i}"), P($"l{i - 1}"));
        }

        Assert.Equal("x", fs.ReadText(P("l39")));
        Assert.Throws<IOException>(() => fs.ReadAllBytes(P("l41")));
        Assert.Null(FileListing.RealPath(P("l41"), fs));
        Assert.Equal(P("n.md"), FileListing.RealPath(P("l39"), fs));
    }

    [Fact]
    public void Parallel_writers_each_get_their_file()
    {
        var fs = new InMemoryFileSystem();

        Parallel.For(0, 200, i => fs.WriteIfChanged(P("out", $"{i % 10}", $"{i}.html"), BitConverter.GetBytes(i)));

        Assert.Equal(200, fs.FilesBelow(P("out")).Count);
        Assert.Equal(200, fs.Writes);
        Assert.Equal(BitConverter.GetBytes(123), fs.ReadAllBytes(P("out", "3", "123.html")));
    }
}
