using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary>The one file stamp a preview session compares between builds: it changes with a file's length, write time, presence, and (for a folder) any file added.</summary>
public sealed class FileStampTests
{
    [Fact]
    public void A_files_stamp_changes_when_it_is_written_or_removed_and_the_listing_stamps_it_alike()
    {
        using var journal = new TempJournal();
        var path = Path.Combine(journal.Root, "input", "stamped.md");
        File.WriteAllText(path, "one");
        var written = new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        var first = FileStamp.Of(PhysicalFileSystem.Instance.Stat(path));

        Assert.Equal($"3:{written.Ticks}", first);
        Assert.Equal(first, FileListing.Stamp(PhysicalFileSystem.Instance.Stat(path)));

        File.WriteAllText(path, "two");
        File.SetLastWriteTimeUtc(path, written);
        Assert.Equal(first, FileStamp.Of(PhysicalFileSystem.Instance.Stat(path))); // same length, same time: a stamp cannot tell

        File.SetLastWriteTimeUtc(path, written.AddSeconds(1));
        Assert.NotEqual(first, FileStamp.Of(PhysicalFileSystem.Instance.Stat(path)));

        File.Delete(path);
        Assert.Equal(FileStamp.Missing, FileStamp.Of(PhysicalFileSystem.Instance.Stat(path)));
    }

    [Fact]
    public void A_folders_stamp_changes_when_a_file_is_added_below_it_and_is_empty_for_no_folder()
    {
        using var journal = new TempJournal();
        var folder = Path.Combine(journal.Root, "theme-copy");
        Assert.Equal("", FileStamp.OfTree(folder));

        Directory.CreateDirectory(Path.Combine(folder, "layouts"));
        File.WriteAllText(Path.Combine(folder, "layouts", "base.sbn-html"), "<html></html>");
        var before = FileStamp.OfTree(folder);
        Assert.Contains("base.sbn-html|13:", before, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "layouts", "note.sbn-html"), "x");
        Assert.NotEqual(before, FileStamp.OfTree(folder));
    }
}
