using OneOnOne.Journal.Building;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary>The memos a preview session keeps belong to that session (<see cref="SessionState"/>), not to a static table.</summary>
public sealed class SessionStateTests
{
    [Fact]
    public void A_memo_is_made_once_per_session_and_two_sessions_share_none()
    {
        var one = new SessionState();
        var two = new SessionState();

        Assert.Same(one.Get<Counter>(), one.Get<Counter>());
        Assert.NotSame(one.Get<Counter>(), two.Get<Counter>());
    }

    [Fact]
    public void Starting_a_build_begins_the_change_set_and_tells_the_memos_that_ask()
    {
        var session = new SessionState();
        var counter = session.Get<Counter>();
        session.Changes.Affect(["alice"]);

        session.BeginBuild(everything: false);

        Assert.Equal(1, counter.Builds);
        Assert.False(counter.SawEverything);
        Assert.False(session.Changes.IsAffected("alice"));
        Assert.False(session.Changes.Everything);
    }

    [Fact]
    public void Build_sessions_keep_their_own_memos_and_the_site_decides_what_renders()
    {
        var one = new BuildSession();
        var two = new BuildSession();

        Assert.NotSame(one.State.Get<Journal.Modules.ModuleResults>(), two.State.Get<Journal.Modules.ModuleResults>());
        Assert.Same(one.State.Get<Journal.Site.RenderScope>(), one.Changes.Scope);
        Assert.NotSame(one.Changes.Scope, two.Changes.Scope);
    }

    private sealed class Counter : IBuildMemo
    {
        public int Builds { get; private set; }

        public bool SawEverything { get; private set; }

        public void BeginBuild(ChangeSet changes) => (Builds, SawEverything) = (Builds + 1, changes.Everything);
    }
}
