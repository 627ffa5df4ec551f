using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary>What a preview build knows changed: watcher paths, affected keys, and the everything flag (<see cref="ChangeSet"/>).</summary>
public sealed class ChangeSetTests
{
    [Fact]
    public void The_first_build_does_everything_and_a_later_one_only_what_was_affected()
    {
        var changes = new ChangeSet();
        Assert.True(changes.Everything);
        Assert.True(changes.MustRender("people/alice/index.html"));

        changes.BeginBuild(everything: false);
        changes.Affect(["alice"]);

        Assert.False(changes.Everything);
        Assert.False(changes.ReferenceDataChanged);
        Assert.True(changes.IsAffected("alice"));
        Assert.False(changes.IsAffected("bob"));
    }

    [Fact]
    public void A_new_build_forgets_the_keys_the_last_one_affected()
    {
        var changes = new ChangeSet();
        changes.BeginBuild(everything: false);
        changes.Affect(["alice"]);

        changes.BeginBuild(everything: false);

        Assert.False(changes.IsAffected("alice"));
    }

    [Fact]
    public void Reference_data_changing_mid_build_forces_everything()
    {
        var changes = new ChangeSet();
        changes.BeginBuild(everything: false);

        changes.ReferenceDataChangedNow();

        Assert.True(changes.ReferenceDataChanged);
        Assert.True(changes.Everything);
    }

    [Fact]
    public void Without_a_scope_every_page_renders_and_with_one_the_scope_decides()
    {
        var changes = new ChangeSet();
        changes.BeginBuild(everything: false);
        Assert.True(changes.MustRender("anything/index.html"));

        changes.Scope = new OnlyAffected();
        changes.Affect(["a"]);
        Assert.True(changes.MustRender("a"));
        Assert.False(changes.MustRender("b"));

        changes.AffectEverything();
        Assert.True(changes.MustRender("b"));
    }

    [Fact]
    public void The_watcher_is_trusted_only_once_watching_and_never_after_it_lost_track()
    {
        var root = Path.Combine(Path.GetTempPath(), "changeset-" + Guid.NewGuid().ToString("N"));
        var changes = new ChangeSet();
        changes.BeginBuild(everything: true);
        Assert.False(changes.TrustsWatcher);

        changes.Watching = true;
        changes.BeginBuild(everything: false);
        Assert.True(changes.TrustsWatcher);

        changes.Changed(null);
        changes.BeginBuild(everything: false);
        Assert.False(changes.TrustsWatcher);

        changes.BeginBuild(everything: false);
        Assert.True(changes.TrustsWatcher);
        Assert.False(changes.ReportedChanged(Path.Combine(root, "a.md")));
    }

    [Fact]
    public void A_path_reported_during_a_build_belongs_to_the_next_and_a_gone_folder_covers_its_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "changeset-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "2026");
        var changes = new ChangeSet { Watching = true };
        changes.BeginBuild(everything: false);

        changes.Changed(folder); // a folder renamed away: it no longer exists
        Assert.False(changes.ReportedChanged(folder));

        changes.BeginBuild(everything: false);
        Assert.True(changes.ReportedChanged(folder));
        Assert.True(changes.ReportedChanged(Path.Combine(folder, "note.md")));
        Assert.False(changes.ReportedChanged(Path.Combine(root, "2025", "note.md")));
        Assert.Equal([folder], changes.Paths);
    }

    private sealed class OnlyAffected : IRenderScope
    {
        public bool MustRender(string destination, ChangeSet changes) => changes.IsAffected(destination);
    }
}
