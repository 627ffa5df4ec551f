using OneOnOne.Journal.Domain;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class ActionTrackerTests
{
    [Fact]
    public void An_item_stays_open_across_meetings_until_a_later_note_checks_the_same_text()
    {
        var first = Make("2026-03-04", ["alice"], Open("Draft the rollout plan", "alice", "2026-03-11"));
        var second = Make("2026-03-11", ["alice"], Open("Draft the rollout plan", "alice", "2026-03-11"));
        var third = Make("2026-03-18", ["alice"], Done("draft the rollout plan!"));

        var open = ActionTracker.Track([first, second]);
        var item = Assert.Single(open);
        Assert.True(item.IsOpen);
        Assert.Equal(2, item.Mentions.Count);

        var closed = Assert.Single(ActionTracker.Track([third, first, second]));
        Assert.False(closed.IsOpen);
        Assert.Same(first, closed.OpenedIn);
        Assert.Same(third, closed.ClosedIn);
        Assert.Null(closed.ClosedOn); // no done date written: done some day up to the ticking note
        Assert.Equal(new DateOnly(2026, 3, 18), closed.ClosedBy);
        Assert.Equal("alice", closed.Owner);
        Assert.Equal(new DateOnly(2026, 3, 11), closed.Due);
        Assert.Equal(ClosedTiming.ByNextMeeting, closed.Timing); // 18 March is the first meeting after the 11th
    }

    [Fact]
    public void Matching_ignores_case_punctuation_accents_and_the_due_date_but_not_other_words()
    {
        Assert.Equal(ActionKey.From("Send José the résumé, please."), ActionKey.From("send jose the RESUME please"));
        Assert.NotEqual(ActionKey.From("Send the plan"), ActionKey.From("Send the plans"));
    }

    [Fact]
    public void A_note_with_another_person_does_not_close_the_item()
    {
        var opened = Make("2026-03-04", ["alice"], Open("Book the offsite"));
        var other = Make("2026-03-05", ["bob"], Done("Book the offsite"));

        var actions = ActionTracker.Track([opened, other]);

        Assert.Equal(2, actions.Count);
        Assert.True(actions.Single(a => a.OpenedIn == opened).IsOpen);
        Assert.False(actions.Single(a => a.OpenedIn == other).IsOpen);
    }

    [Fact]
    public void An_item_opened_in_a_shared_meeting_is_closed_by_a_later_note_with_either_person()
    {
        var shared = Make("2026-06-17", ["tomasz", "hannah"], Open("Write the on-call handover"));
        var later = Make("2026-06-30", ["hannah"], Done("Write the on-call handover"));

        var item = Assert.Single(ActionTracker.Track([shared, later]));

        Assert.Equal(["tomasz", "hannah"], item.People);
        Assert.Same(later, item.ClosedIn);
    }

    [Fact]
    public void Overdue_means_open_and_due_before_today()
    {
        var note = Make("2026-03-04", ["alice"], Open("Ship it", due: "2026-03-10"), Open("No date"));
        var actions = ActionTracker.Track([note]);
        var today = new DateOnly(2026, 3, 11);

        Assert.True(actions.Single(a => a.Text == "Ship it").IsOverdue(today));
        Assert.False(actions.Single(a => a.Text == "Ship it").IsOverdue(new DateOnly(2026, 3, 10)));
        Assert.False(actions.Single(a => a.Text == "No date").IsOverdue(today));
    }

    [Fact]
    public void A_checked_item_that_was_never_open_is_opened_and_closed_in_the_same_note()
    {
        var note = Make("2026-03-04", ["alice"], Done("Introduce Alice to the data team", "me"));

        var item = Assert.Single(ActionTracker.Track([note]));

        Assert.Same(note, item.OpenedIn);
        Assert.Same(note, item.ClosedIn);
        Assert.Equal("me", item.Owner);
    }

    [Fact]
    public void Notes_without_a_date_or_person_are_ignored()
    {
        var undated = Make("2026-03-04", ["alice"], Open("Lost item")) with { Date = null };
        var nobody = Make("2026-03-04", [], Open("Lost item"));

        Assert.Empty(ActionTracker.Track([undated, nobody]));
    }

    private static TaskItem DoneOn(string text, string doneOn) =>
        new(text, "alice", null, true, DateOnly.Parse(doneOn, System.Globalization.CultureInfo.InvariantCulture), 1);

    private static ActionItem Closed(params Note[] notes) => Assert.Single(ActionTracker.Track(notes), a => a.Text == "Ship it");

    [Fact]
    public void A_written_done_date_decides_on_time_or_late_whichever_note_ticks_it()
    {
        var opened = Make("2026-03-04", ["alice"], Open("Ship it", "alice", "2026-03-10"));
        var met = Make("2026-03-18", ["alice"]);

        var onTime = Closed(opened, met, Make("2026-04-01", ["alice"], DoneOn("Ship it", "2026-03-09")));
        var late = Closed(opened, Make("2026-03-18", ["alice"], DoneOn("Ship it", "2026-03-12")));

        Assert.Equal((new DateOnly(2026, 3, 9), ClosedTiming.OnTime), (onTime.ClosedOn!.Value, onTime.Timing!.Value));
        Assert.Equal(new DateOnly(2026, 4, 1), onTime.ClosedBy);
        Assert.Equal((new DateOnly(2026, 3, 12), ClosedTiming.Late), (late.ClosedOn!.Value, late.Timing!.Value)); // even at the first meeting after the due date
    }

    [Fact]
    public void Without_a_done_date_the_ticking_note_decides_on_time_by_the_next_1_1_or_late()
    {
        var opened = Make("2026-03-04", ["alice"], Open("Ship it", "alice", "2026-03-10"));

        var beforeDue = Closed(opened, Make("2026-03-10", ["alice"], Done("Ship it")));
        var nextMeeting = Closed(opened, Make("2026-03-09", ["bob"]), Make("2026-03-18", ["alice"], Done("Ship it")));
        var sameDay = Closed(opened, Make("2026-03-18", ["alice"]), Make("2026-03-18", ["alice"], Done("Ship it")));
        var meetingLater = Closed(opened, Make("2026-03-17", ["alice"]), Make("2026-03-24", ["alice"], Done("Ship it")));

        Assert.Equal(ClosedTiming.OnTime, beforeDue.Timing);          // ticked on the due date
        Assert.Equal(ClosedTiming.ByNextMeeting, nextMeeting.Timing); // a meeting with someone else does not count
        Assert.Equal(ClosedTiming.ByNextMeeting, sameDay.Timing);     // two notes on one day are one meeting
        Assert.Equal(ClosedTiming.Late, meetingLater.Timing);         // the meeting of the 17th passed without it
        Assert.Null(Closed(Make("2026-03-04", ["alice"], Open("Ship it")), Make("2026-03-30", ["alice"], Done("Ship it"))).Timing); // no due date
    }

    [Theory]
    [InlineData("alice", ActionOwner.Theirs)]
    [InlineData("me", ActionOwner.Yours)]
    [InlineData(null, ActionOwner.Shared)]
    [InlineData("bob", ActionOwner.Shared)]
    public void The_owner_bucket_is_seen_from_the_person_the_figures_are_about(string? owner, ActionOwner expected)
    {
        var item = Assert.Single(ActionTracker.Track([Make("2026-03-04", ["alice", "bob"], Open("Ship it", owner))]));

        Assert.Equal(expected, item.OwnerFor("alice"));
    }
}
