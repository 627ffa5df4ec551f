using System.Text;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>
/// <see cref="WriteFiles"/> writes each page under the output folder: new files and folders are created, same bytes are
/// left alone (and recorded as produced, not changed), other bytes replace the file whole. In memory; that the disk's
/// compare-and-write does the same is <see cref="Engine.FileSystemContractTests"/>.
/// </summary>
public sealed class WriteFilesTests
{
    private readonly TestJournalFiles _journal = new();

    private string Out(string relative) => Path.Combine(_journal.Output, relative);

    [Fact]
    public async Task A_new_file_is_written_with_its_folders_text_as_utf8_without_a_bom()
    {
        var context = _journal.Context();
        await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.Page("a/b/c/index.html", "<p>héllo</p>")], context);

        Assert.Equal("<p>héllo</p>"u8.ToArray(), _journal.FileSystem.ReadAllBytes(Out("a/b/c/index.html")));
        Assert.Equal(1, context.ChangedFiles);
        Assert.Equal(["a/b/c/index.html"], context.ChangedPaths);
    }

    [Fact]
    public async Task The_same_bytes_are_not_written_again_but_still_count_as_produced()
    {
        await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.File("x.html", "same"u8.ToArray())], _journal.Context());
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _journal.FileSystem.SetLastWrite(Out("x.html"), written);

        var context = _journal.Context();
        await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.Page("x.html", "same")], context);

        Assert.Equal(written, _journal.FileSystem.Stat(Out("x.html")).LastWriteUtc);
        Assert.Equal(0, context.ChangedFiles);
        Assert.Equal(["x.html"], context.OutputFiles);
    }

    [Theory]
    [InlineData("a much longer old content", "short")]
    [InlineData("short", "a much longer new content")]
    [InlineData("abcd", "abce")]
    [InlineData("old", "")]
    public async Task Other_bytes_replace_the_file_whole(string before, string after)
    {
        _journal.FileSystem.AddFile(Out("y.html"), before);
        var context = _journal.Context();

        await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.File("y.html", Encoding.UTF8.GetBytes(after))], context);

        Assert.Equal(after, _journal.FileSystem.ReadText(Out("y.html")));
        Assert.Equal(1, context.ChangedFiles);
    }

    [Fact]
    public async Task An_empty_file_is_created_once_and_a_document_without_destination_or_reused_is_not_written()
    {
        var first = await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.Page("empty/e.txt", "")], _journal.Context());
        Assert.True(_journal.FileSystem.FileExists(Out("empty/e.txt")));
        var writes = _journal.FileSystem.Writes;

        var context = _journal.Context();
        var reused = TestDocuments.Page("reused.html", "x").With(OneOnOne.Journal.Keys.Reused, true);
        await ModuleRun.RunAsync(new WriteFiles(), [TestDocuments.Page("empty/e.txt", ""), OneOnOne.Journal.Engine.Document.Create("input/x.md", null, "text"), reused], context);

        Assert.Equal(writes, _journal.FileSystem.Writes);
        Assert.False(_journal.FileSystem.FileExists(Out("reused.html")));
        Assert.Equal(["empty/e.txt", "reused.html"], context.OutputFiles.Order(StringComparer.Ordinal));
        Assert.Equal(0, context.ChangedFiles);
        Assert.Empty(first.Diagnostics);
    }
}
