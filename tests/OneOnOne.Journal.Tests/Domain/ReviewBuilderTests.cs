using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Tests.Domain;

/// <summary>
/// The year-in-review figures, from a journal built in memory (no files): review years start in April,
/// alice (report, monthly, since 2025-06-01) is met across review years 2024, 2025 and 2026; bob is the
/// owner's manager. Today is 2026-06-30. See ReviewJournal for the same journal as files.
/// </summary>
public sealed class ReviewBuilderTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly ReviewYear Year2025 = new(2025, 4);
    private static readonly ReviewYear Year2026 = new(2026, 4);

    private static int _slug;

    private static Note N(string date, string with, Action<NoteSpec>? spec = null)
    {
        var s = new NoteSpec();
        spec?.Invoke(s);
        var slug = $"{date}-{with}-{Interlocked.Increment(ref _slug)}";
        return new Note
        {
            SourcePath = $"input/notes/{slug}.md",
            Slug = slug,
            Title = "1:1 " + date,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            With = [with],
            TypeId = s.Type,
            Mood = s.Mood,
            Tags = s.Tags,
            Wins = s.Wins,
            Feedback = s.Feedback,
            Tasks = s.Tasks,
            Goals = [.. s.Goals.Select(g => g with { PersonId = with })],
        };
    }

    private sealed class NoteSpec
    {
        public string Type { get; set; } = "regular";
        public int? Mood { get; set; }
        public List<string> Tags { get; } = [];
        public List<string> Wins { get; } = [];
        public List<FeedbackEntry> Feedback { get; } = [];
        public List<TaskItem> Tasks { get; } = [];
        public List<GoalMention> Goals { get; } = [];

        public void Task(string text, bool done, string? due = null) =>
            Tasks.Add(new TaskItem(text, "alice", due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), done, null, 1));

        public void Goal(string id, GoalStatus status, int progress) =>
            Goals.Add(new GoalMention(id, "", id, null, status, progress, null, 1));
    }

    private static JournalModel Journal()
    {
        var people = new[]
        {
            new Person("alice", "Alice", null, Relationship.Report, Cadence.Monthly, new DateOnly(2025, 6, 1), [], null, "", "input/people/alice.md"),
            new Person("bob", "Bob", null, Relationship.Manager, Cadence.Monthly, null, [], null, "", "input/people/bob.md"),
            new Person("carol", "Carol", null, Relationship.Peer, Cadence.Quarterly, null, [], null, "", "input/people/carol.md"),
        };
        var notes = new List<Note>
        {
            N("2025-03-20", "alice"),
            N("2025-06-05", "alice", s => { s.Mood = 3; s.Tags.Add("career"); }),
            N("2025-07-03", "alice", s =>
            {
                s.Mood = 4;
                s.Tags.AddRange(["career", "search"]);
                s.Task("Draft plan", false, "2025-07-20");
                s.Goal("promo", GoalStatus.OnTrack, 20);
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Given, FeedbackKind.Praise, "Clear incident write-up", 1));
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Received, FeedbackKind.Constructive, "Send the update earlier", 2));
            }),
            N("2025-08-01", "alice", s =>
            {
                s.Type = "alignment";
                s.Tags.Add("search");
                s.Task("Draft plan", true);
                s.Goal("side", GoalStatus.OnTrack, 10);
                s.Wins.Add("Shipped search v2");
            }),
            N("2025-10-20", "alice", s =>
            {
                s.Mood = 2;
                s.Task("Write doc", false, "2025-11-30");
                s.Goal("side", GoalStatus.Dropped, 10);
            }),
            N("2025-11-18", "alice", s =>
            {
                s.Task("Write doc", true);
                s.Task("Book room", false);
                s.Goal("promo", GoalStatus.AtRisk, 40);
            }),
            N("2026-01-10", "alice", s =>
            {
                s.Task("Book room", true);
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Given, FeedbackKind.Constructive, "Delegate more", 1));
            }),
            N("2026-03-02", "alice", s =>
            {
                s.Task("Review budget", false, "2026-02-01");
                s.Goal("promo", GoalStatus.OnTrack, 70);
            }),
            N("2026-04-01", "alice", s => s.Task("Review budget", true)),
            N("2026-05-04", "alice", s => s.Goal("promo", GoalStatus.Done, 100)),
            N("2026-06-02", "alice"),
            N("2026-07-15", "alice", s => s.Wins.Add("A future win that must not count")),
            N("2025-09-09", "bob", s =>
            {
                s.Wins.Add("Led the reorg");
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Received, FeedbackKind.Praise, "Great planning", 1));
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Given, FeedbackKind.Constructive, "Share the roadmap sooner", 2));
            }),
            N("2025-09-10", "carol", s =>
            {
                s.Wins.Add("Carol's win is not the owner's");
                s.Feedback.Add(new FeedbackEntry(FeedbackDirection.Received, FeedbackKind.Praise, "Peer praise", 1));
            }),
        };
        var types = new[]
        {
            new MeetingType("regular", "Regular 1:1", "", 30, null, null, null, [], "", "theme"),
            new MeetingType("alignment", "Alignment", "", 30, null, null, null, [], "", "theme"),
        };
        return JournalBuilder.Build("t", "Sam", Today, 42, people, notes, types).Journal;
    }

    [Fact]
    public void Meetings_held_against_expected_use_the_active_period_from_since()
    {
        var review = ReviewBuilder.ForPerson(Journal(), "alice", Year2025);

        Assert.Equal(new DateOnly(2025, 6, 1), review.ActiveFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), review.ActiveTo);
        Assert.Equal(304, review.ActiveDays);
        Assert.Equal(10, review.Expected); // 304 / 30 = 10.1
        Assert.Equal(7, review.Held);
        Assert.Equal(70, review.HeldPercent);
    }

    [Fact]
    public void Nothing_is_expected_before_since_nor_without_since_before_the_first_meeting_with_the_person()
    {
        var journal = Journal();
        var alice = ReviewBuilder.ForPerson(journal, "alice", new ReviewYear(2024, 4));
        var bob = ReviewBuilder.ForPerson(journal, "bob", new ReviewYear(2024, 4));

        Assert.Null(alice.ActiveFrom); // since 2025-06-01, after review year 2024
        Assert.Equal(0, alice.Expected);
        Assert.Equal(1, alice.Held);
        Assert.Null(bob.ActiveFrom); // no since: and first met in September 2025, after review year 2024
        Assert.Equal(0, bob.ActiveDays);
        Assert.Equal(0, bob.Expected);
        Assert.Null(bob.HeldPercent);
    }

    [Fact]
    public void Cadence_kept_counts_gaps_ending_in_the_year_including_the_one_from_the_year_before()
    {
        var review = ReviewBuilder.ForPerson(Journal(), "alice", Year2025);

        Assert.Equal([77, 28, 29, 80, 29, 53, 51], review.Gaps.Select(g => g.Days));
        Assert.Equal(43, review.CadenceKeptPercent); // 3 of 7 within 30 + 7 grace days
        Assert.Equal([80, 77, 53], review.LongestGaps.Select(g => g.Days));
        Assert.Equal(new DateOnly(2025, 10, 20), review.LongestGaps[0].After.Date);
    }

    [Fact]
    public void The_current_year_counts_only_up_to_today()
    {
        var review = ReviewBuilder.ForPerson(Journal(), "alice", Year2026);

        Assert.Equal(new DateOnly(2026, 6, 30), review.ActiveTo);
        Assert.Equal(3, review.Expected); // 91 days / 30
        Assert.Equal(3, review.Held);
        Assert.Equal(100, review.CadenceKeptPercent);
        Assert.Empty(review.Wins); // the win dated 2026-07-15 is in the future
    }

    [Fact]
    public void Meetings_by_type_and_by_month()
    {
        var review = ReviewBuilder.ForPerson(Journal(), "alice", Year2025);

        Assert.Equal([new KeyCount("regular", 6), new KeyCount("alignment", 1)], review.ByType);
        Assert.Equal(12, review.ByMonth.Count);
        Assert.Equal(new DateOnly(2025, 4, 1), review.ByMonth[0].Month);
        Assert.Equal([0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1], review.ByMonth.Select(m => m.Count));
    }

    [Fact]
    public void Goals_started_reached_dropped_and_at_risk_per_year()
    {
        var journal = Journal();
        var y2025 = ReviewBuilder.ForPerson(journal, "alice", Year2025);
        var y2026 = ReviewBuilder.ForPerson(journal, "alice", Year2026);

        Assert.Equal(2, y2025.GoalsStarted);
        Assert.Equal(0, y2025.GoalsReached);
        Assert.Equal(1, y2025.GoalsDropped);
        Assert.Equal(0, y2025.GoalsAtRisk); // promo was at risk in November but back on track by March
        var promo = Assert.Single(y2025.Goals, g => g.Goal.Id == "promo");
        Assert.Equal([20, 40, 70], promo.Points.Select(p => p.Progress));

        Assert.Equal(0, y2026.GoalsStarted);
        Assert.Equal(1, y2026.GoalsReached);
        Assert.Equal(GoalStatus.Done, Assert.Single(y2026.Goals).StatusAtEnd);
        Assert.Equal([70, 100], y2026.Goals[0].ProgressTrail); // 70% carried in from March
    }

    [Fact]
    public void Action_items_opened_closed_still_open_and_the_on_time_rate()
    {
        var journal = Journal();
        var y2025 = ReviewBuilder.ForPerson(journal, "alice", Year2025);
        var y2026 = ReviewBuilder.ForPerson(journal, "alice", Year2026);

        Assert.Equal(4, y2025.ActionsOpened.Count);
        Assert.Equal(3, y2025.ActionsClosed.Count);
        Assert.Equal("Review budget", Assert.Single(y2025.ActionsStillOpen).Text);
        Assert.Equal(2, y2025.Theirs.ClosedWithDue); // "Book room" had no due date
        Assert.Equal(1, y2025.Theirs.OnTime);         // "Write doc" ticked before its due date
        Assert.Equal(1, y2025.Theirs.ByNextMeeting);  // "Draft plan" ticked at the first meeting after its due date
        Assert.Equal(0, y2025.Theirs.Late);
        Assert.Equal(50, y2025.OnTimePercent);

        Assert.Empty(y2026.ActionsOpened);
        Assert.Equal(0, y2026.OnTimePercent); // "Review budget" ticked at the second meeting after its due date
        Assert.Equal(1, y2026.Theirs.Late);
        Assert.Empty(y2026.ActionsStillOpen);
    }

    [Fact]
    public void Feedback_wins_mood_tags_and_evidence()
    {
        var review = ReviewBuilder.ForPerson(Journal(), "alice", Year2025);

        Assert.Equal(2, review.FeedbackGiven.Count);
        Assert.Equal(FeedbackKind.Constructive, Assert.Single(review.FeedbackReceived).Entry.Kind);
        Assert.Equal(["Shipped search v2"], review.Wins.Select(w => w.Text));
        Assert.Equal(3, review.AverageMood);
        Assert.Equal([new KeyCount("career", 2), new KeyCount("search", 2)], review.TopTags);
        Assert.Equal(
            [new DateOnly(2025, 7, 3), new DateOnly(2025, 8, 1), new DateOnly(2026, 1, 10)],
            review.Evidence.Select(e => e.Note.Date!.Value));
    }

    [Fact]
    public void The_journal_review_sets_everyone_side_by_side_and_takes_the_owners_wins_from_upward_meetings()
    {
        var journal = Journal();
        var review = ReviewBuilder.ForJournal(journal, Year2025);

        Assert.Equal(["alice", "bob", "carol"], review.People.Select(p => p.Person.Id));
        Assert.Equal(9, review.Meetings);
        Assert.Equal(["Led the reorg"], review.OwnerWins.Select(w => w.Text));
        Assert.Equal(["Great planning"], review.OwnerFeedbackReceived.Select(f => f.Entry.Text));
        Assert.Equal([2026, 2025, 2024], ReviewBuilder.YearsWithMeetings(journal, 4).Select(y => y.Year));
        Assert.Equal(["alice"], ReviewBuilder.PeopleMetIn(journal, Year2026));
    }

    private static JournalModel Build(DateOnly today, IReadOnlyList<Person> people, IReadOnlyList<Note> notes) =>
        JournalBuilder.Build("t", "Sam", today, 42, people, notes, [new MeetingType("regular", "Regular 1:1", "", 30, null, null, null, [], "", "theme")]).Journal;

    private static TaskItem Task(string text, string? owner, bool done, string? due = null, string? doneOn = null) =>
        new(text, owner, due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), done, doneOn is null ? null : DateOnly.Parse(doneOn, System.Globalization.CultureInfo.InvariantCulture), 1);

    [Fact]
    public void One_archived_meeting_in_January_with_until_expects_one_meeting_not_one_a_week_all_year()
    {
        // the journal starts on 5 January with someone else; dan (weekly) is met once, on 26 January, and left on the 31st
        var people = new[]
        {
            new Person("dan", "Dan", null, Relationship.Peer, Cadence.Weekly, null, [], null, "", "input/people/dan.md") { Until = new DateOnly(2026, 1, 31) },
            new Person("eve", "Eve", null, Relationship.Report, Cadence.Weekly, null, [], null, "", "input/people/eve.md"),
        };
        var journal = Build(new DateOnly(2026, 12, 10), people, [N("2026-01-05", "eve"), N("2026-01-26", "dan")]);

        var dan = ReviewBuilder.ForPerson(journal, "dan", new ReviewYear(2026, 1));

        Assert.Equal(new DateOnly(2026, 1, 26), dan.ActiveFrom); // the first meeting with dan, not the journal's first note
        Assert.Equal(new DateOnly(2026, 1, 31), dan.ActiveTo);   // until:, not today
        Assert.Equal((1, 1), (dan.Held, dan.Expected));           // was 1 of 49 (5 Jan to 10 Dec, weekly)
        Assert.Equal(100, dan.HeldPercent);
    }

    [Fact]
    public void Expected_meetings_run_from_since_to_until_and_are_at_least_one()
    {
        var people = new[]
        {
            new Person("dan", "Dan", null, Relationship.Report, Cadence.Monthly, new DateOnly(2026, 2, 1), [], null, "", "input/people/dan.md") { Until = new DateOnly(2026, 5, 31) },
            new Person("eve", "Eve", null, Relationship.Report, Cadence.Monthly, null, [], null, "", "input/people/eve.md"),
        };
        var journal = Build(new DateOnly(2026, 12, 10), people, [N("2026-01-05", "eve"), N("2026-03-01", "dan"), N("2026-12-08", "eve")]);

        var dan = ReviewBuilder.ForPerson(journal, "dan", new ReviewYear(2026, 1));
        var eve = ReviewBuilder.ForPerson(journal, "eve", new ReviewYear(2026, 1));

        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 31), 120, 4), (dan.ActiveFrom!.Value, dan.ActiveTo!.Value, dan.ActiveDays, dan.Expected)); // 120 / 30
        Assert.Equal((new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 10), 11), (eve.ActiveFrom!.Value, eve.ActiveTo!.Value, eve.Expected)); // 340 / 30 = 11.3

        var shortYear = Build(new DateOnly(2026, 1, 6), people, [N("2026-01-05", "eve")]);
        Assert.Equal(1, ReviewBuilder.ForPerson(shortYear, "eve", new ReviewYear(2026, 1)).Expected); // 2 days / 30 rounds to 0; the first meeting is expected
    }

    [Fact]
    public void Every_action_figure_is_split_into_theirs_yours_and_shared()
    {
        var people = new[]
        {
            new Person("alice", "Alice", null, Relationship.Report, Cadence.Weekly, null, [], null, "", "input/people/alice.md"),
            new Person("bob", "Bob", null, Relationship.Report, Cadence.Weekly, null, [], null, "", "input/people/bob.md"),
        };
        var notes = new List<Note>
        {
            N("2026-03-02", "alice", s =>
            {
                s.Tasks.Add(Task("Her draft", "alice", false, "2026-03-10"));
                s.Tasks.Add(Task("Her review", "alice", false, "2026-03-05"));
                s.Tasks.Add(Task("My intro", "me", false, "2026-03-05"));
                s.Tasks.Add(Task("Our offsite", null, false, "2026-03-20"));
                s.Tasks.Add(Task("Bob's part", "bob", false));
            }),
            N("2026-03-09", "alice", s =>
            {
                s.Tasks.Add(Task("Her draft", "alice", true));                      // on time: ticked before its due date
                s.Tasks.Add(Task("Her review", "alice", true));                     // by the next 1:1: the first meeting after the 5th
                s.Tasks.Add(Task("My intro", "me", true, doneOn: "2026-03-08"));    // late: done:2026-03-08 is after the 5th
            }),
            N("2026-03-16", "alice"),
        };
        var review = ReviewBuilder.ForPerson(Build(new DateOnly(2026, 3, 30), people, notes), "alice", new ReviewYear(2026, 1));

        Assert.Equal([ActionOwner.Theirs, ActionOwner.Yours, ActionOwner.Shared], review.ActionsByOwner.Select(f => f.Owner));
        Assert.Equal((2, 2, 0), (review.Theirs.Opened.Count, review.Theirs.Closed.Count, review.Theirs.StillOpen.Count));
        Assert.Equal((1, 1, 0), (review.Theirs.OnTime, review.Theirs.ByNextMeeting, review.Theirs.Late));
        Assert.Equal(50, review.OnTimePercent); // the headline is about her items: 1 on time of 2, the next-1:1 one not late
        Assert.Equal((1, 1, 0, 0, 0, 1), (review.Yours.Opened.Count, review.Yours.Closed.Count, review.Yours.OnTime, review.Yours.ByNextMeeting, review.Yours.StillOpen.Count, review.Yours.Late));
        Assert.Equal(0, review.Yours.OnTimePercent);
        Assert.Equal((2, 0, 2, 1), (review.Shared.Opened.Count, review.Shared.Closed.Count, review.Shared.StillOpen.Count, review.Shared.Overdue)); // the offsite was due on the 20th
        Assert.Null(review.Shared.OnTimePercent);
    }
}
