using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>The note rows a preview session keeps for its page families (<see cref="NoteRows"/>).</summary>
public sealed class NoteRowsTests
{
    [Fact]
    public void A_row_is_reused_while_its_note_is_the_same_object_and_none_of_its_people_is_affected()
    {
        var (rows, changes, note) = Remembered();

        Assert.True(rows.TryGet(note, changes, out var kept));
        Assert.Same(Row, kept);
        Assert.False(rows.TryGet(note with { Title = "Other" }, changes, out _));

        changes.Affect(["alice"]);
        Assert.False(rows.TryGet(note, changes, out _));
    }

    [Fact]
    public void A_build_of_everything_forgets_the_rows()
    {
        var (rows, changes, note) = Remembered();

        changes.BeginBuild(everything: true);
        rows.BeginBuild(changes);
        changes.BeginBuild(everything: false);

        Assert.False(rows.TryGet(note, changes, out _));
    }

    private static readonly NoteRow Row = new("~/notes/2026/a/", "A", "2026-03-04", "4 Mar 2026", "Regular 1:1", "~/prep/regular/", [], null, "", false, [], 0, 0, "", []);

    private static (NoteRows Rows, ChangeSet Changes, Journal.Domain.Note Note) Remembered()
    {
        var note = Notes.Make("2026-03-04", ["alice"]);
        var scope = new RenderScope();
        scope.RememberNotes([Document.Create(note.SourcePath, null, "").With(Keys.Note, note)]);
        var changes = new ChangeSet { Scope = scope };
        changes.BeginBuild(everything: false);
        var rows = new NoteRows();
        rows.Set(note, Row);
        return (rows, changes, note);
    }
}
