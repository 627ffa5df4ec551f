using OneOnOne.Journal.Modules;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary><see cref="WriteFiles.Write"/> opens each file once: new files and folders are created, same bytes are left alone, other bytes replace the file whole.</summary>
public sealed class WriteFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("write-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_new_file_is_written_with_its_folders()
    {
        Assert.True(WriteFiles.Write(_root, "a/b/c/index.html", "<p>héllo</p>"u8.ToArray()));
        Assert.Equal("<p>héllo</p>"u8.ToArray(), File.ReadAllBytes(Path.Combine(_root, "a/b/c/index.html")));
    }

    [Fact]
    public void The_same_bytes_are_not_written_again()
    {
        var path = Path.Combine(_root, "x.html");
        Assert.True(WriteFiles.Write(_root, "x.html", "same"u8.ToArray()));
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        Assert.False(WriteFiles.Write(_root, "x.html", "same"u8.ToArray()));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("a much longer old content", "short")]
    [InlineData("short", "a much longer new content")]
    [InlineData("abcd", "abce")]
    [InlineData("old", "")]
    public void Other_bytes_replace_the_file_whole(string before, string after)
    {
        var path = Path.Combine(_root, "y.html");
        File.WriteAllText(path, before);
        Assert.True(WriteFiles.Write(_root, "y.html", System.Text.Encoding.UTF8.GetBytes(after)));
        Assert.Equal(after, File.ReadAllText(path));
    }

    [Fact]
    public void An_empty_file_is_created_once()
    {
        Assert.True(WriteFiles.Write(_root, "empty/e.txt", []));
        Assert.True(File.Exists(Path.Combine(_root, "empty/e.txt")));
        Assert.False(WriteFiles.Write(_root, "empty/e.txt", []));
    }
}
