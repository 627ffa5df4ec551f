using OneOnOne.Journal.Domain;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class GoalTrackerTests
{
    private static GoalMention Mention(string id, string? title = null, GoalStatus? status = null, int? progress = null, string person = "alice") =>
        new(id, person, title, null, status, progress, null, 5);

    [Fact]
    public void A_goal_history_is_dated_in_order_and_fills_gaps_from_the_previous_mention()
    {
        var a = WithGoals("2026-01-10", "alice", Mention("search", "Ship search v2", GoalStatus.OnTrack, 10));
        var b = WithGoals("2026-02-10", "alice", Mention("search", progress: 40));
        var c = WithGoals("2026-03-10", "alice", Mention("search", status: GoalStatus.AtRisk));
        var d = WithGoals("2026-04-10", "alice", Mention("search", status: GoalStatus.Done, progress: 100));

        var (goals, diagnostics) = GoalTracker.Track([d, b, a, c]);

        Assert.Empty(diagnostics);
        var goal = Assert.Single(goals);
        Assert.Equal("Ship search v2", goal.Title);
        Assert.Equal([10, 40, 40, 100], goal.History.Select(p => p.Progress!.Value));
        Assert.Equal([GoalStatus.OnTrack, GoalStatus.OnTrack, GoalStatus.AtRisk, GoalStatus.Done], goal.History.Select(p => p.Status));
        Assert.Equal(new DateOnly(2026, 4, 10), goal.ReachedOn);
        Assert.False(goal.IsInFlight);
        Assert.Equal("goals/alice/search/", goal.Permalink);
    }

    [Fact]
    public void Goal_ids_are_scoped_to_the_person()
    {
        var a = WithGoals("2026-01-10", "alice", Mention("promo", "Promotion", person: "alice"));
        var b = WithGoals("2026-01-11", "bob", Mention("promo", "Promotion", person: "bob"));

        var (goals, _) = GoalTracker.Track([a, b]);

        Assert.Equal(["alice", "bob"], goals.Select(g => g.PersonId));
    }

    [Fact]
    public void A_first_mention_without_a_title_is_a_warning_with_its_line_and_the_id_is_used()
    {
        var a = WithGoals("2026-01-10", "alice", Mention("ship-search-v2", status: GoalStatus.OnTrack));

        var (goals, diagnostics) = GoalTracker.Track([a]);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Line);
        Assert.Contains("without a title", warning.Message);
        Assert.Equal("Ship Search V2", Assert.Single(goals).Title);
    }

    [Fact]
    public void A_goal_is_stale_when_in_flight_and_untouched_for_longer_than_the_limit()
    {
        var a = WithGoals("2026-01-10", "alice", Mention("g", "Goal", GoalStatus.OnTrack));
        var goal = Assert.Single(GoalTracker.Track([a]).Goals);

        Assert.False(goal.IsStale(new DateOnly(2026, 2, 21), 42));
        Assert.True(goal.IsStale(new DateOnly(2026, 2, 22), 42));
    }
}
