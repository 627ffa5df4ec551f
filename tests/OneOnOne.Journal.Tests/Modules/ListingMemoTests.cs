using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary><see cref="ReadFiles"/>' own memo of each folder's listing (<see cref="ListingMemo"/>): reused after edits, listed again otherwise.</summary>
public sealed class ListingMemoTests
{
    [Fact]
    public void After_edits_of_listed_files_the_listing_is_reused_with_the_edited_files_marked()
    {
        using var journal = Listed(out var memo, out var changes, out var folder);
        changes.Changed(Path.Combine(folder, "b.md"));
        changes.Changed(Path.Combine(folder, ".b.md.swp")); // an editor's temp file cannot be listed
        changes.BeginBuild(everything: false);

        var listing = memo.Previous(folder, changes);

        Assert.NotNull(listing);
        Assert.Equal([1], listing.Edited);
    }

    [Fact]
    public void A_new_note_or_an_untrusted_watcher_lists_the_folder_again()
    {
        using var journal = Listed(out var memo, out var changes, out var folder);
        changes.Changed(Path.Combine(folder, "c.md"));
        changes.BeginBuild(everything: false);
        Assert.Null(memo.Previous(folder, changes));

        changes.Changed(null);
        changes.BeginBuild(everything: false);
        Assert.Null(memo.Previous(folder, changes));
    }

    [Fact]
    public void A_file_no_longer_listed_is_gone_once()
    {
        using var journal = Listed(out var memo, out _, out var folder);

        memo.Remember(folder, [(Path.Combine(folder, "a.md"), "input/notes/a.md")], [Document.Create("input/notes/a.md", null, "")]);

        Assert.Equal(["input/notes/b.md"], memo.TakeGone());
        Assert.Empty(memo.TakeGone());
    }

    private static TempJournal Listed(out ListingMemo memo, out ChangeSet changes, out string folder)
    {
        var journal = new TempJournal().Write("notes/a.md", "a").Write("notes/b.md", "b");
        folder = Path.Combine(journal.Root, "input", "notes");
        memo = new ListingMemo();
        memo.Remember(
            folder,
            [(Path.Combine(folder, "a.md"), "input/notes/a.md"), (Path.Combine(folder, "b.md"), "input/notes/b.md")],
            [Document.Create("input/notes/a.md", null, ""), Document.Create("input/notes/b.md", null, "")]);
        changes = new ChangeSet { Watching = true };
        changes.BeginBuild(everything: false);
        return journal;
    }
}
