using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>The site's rule for which pages a preview rebuild renders again (<see cref="RenderScope"/>).</summary>
public sealed class RenderScopeTests
{
    [Fact]
    public void A_note_page_renders_only_when_one_of_its_people_is_affected()
    {
        var (scope, changes) = Scoped();
        var shared = Notes.Make("2026-03-04", ["alice", "bob"]);
        var solo = Notes.Make("2026-03-05", ["carol"]);
        scope.RememberNotes([Doc(shared), Doc(solo)]);

        changes.Affect(["bob"]);

        Assert.True(changes.MustRender(shared.Permalink + "index.html"));
        Assert.False(changes.MustRender(solo.Permalink + "index.html"));
    }

    [Fact]
    public void A_note_page_without_people_always_renders()
    {
        var (scope, changes) = Scoped();
        var nobody = Notes.Make("2026-03-04", []);
        scope.RememberNotes([Doc(nobody)]);

        Assert.True(changes.MustRender(nobody.Permalink + "index.html"));
    }

    [Theory]
    [InlineData("people/alice/index.html", true)]
    [InlineData("people/bob/index.html", false)]
    [InlineData("prep/people/alice/index.html", true)]
    [InlineData("prep/people/bob/index.html", false)]
    [InlineData("goals/alice/ship-it/index.html", true)]
    [InlineData("goals/bob/ship-it/index.html", false)]
    [InlineData("index.html", true)]
    [InlineData("actions/index.html", true)]
    [InlineData("prep/regular/index.html", true)]
    public void A_persons_pages_render_when_the_person_is_affected_and_journal_wide_pages_always(string destination, bool renders)
    {
        var (_, changes) = Scoped();

        changes.Affect(["alice"]);

        Assert.Equal(renders, changes.MustRender(destination));
    }

    [Fact]
    public void A_note_that_moves_to_other_people_is_mapped_to_its_new_people()
    {
        var (scope, changes) = Scoped();
        var before = Notes.Make("2026-03-04", ["alice"]);
        scope.RememberNotes([Doc(before)]);

        scope.RememberNotes([Doc(before with { With = ["bob"] })]);
        changes.Affect(["alice"]);

        Assert.False(changes.MustRender(before.Permalink + "index.html"));
    }

    private static (RenderScope Scope, ChangeSet Changes) Scoped()
    {
        var scope = new RenderScope();
        var changes = new ChangeSet { Scope = scope };
        changes.BeginBuild(everything: false);
        return (scope, changes);
    }

    private static Document Doc(Journal.Domain.Note note) => Document.Create(note.SourcePath, null, "").With(Keys.Note, note);
}
