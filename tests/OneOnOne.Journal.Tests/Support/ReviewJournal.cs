namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// A temp journal with known year-in-review figures, written as real files: review years start in April
/// (<c>review-year-start: 4</c>), today is 2026-06-30. alice (report, monthly, since 2025-06-01) has
/// 1 meeting in review year 2024, 7 in 2025 (Apr 2025 – Mar 2026) and 3 in 2026 (plus one dated in the
/// future); bob is the owner's manager; carol a peer met once in 2025.
/// Review year 2025 for alice: 7 of 10 expected meetings, cadence kept 43% (3 of 7 gaps), 2 goals started,
/// 1 dropped, none reached; 4 actions opened, 3 closed, 1 still open, all hers; on time 50% (1 of 2 of her items
/// with a due date; the other, "Draft plan", ticked at the first meeting after its due date: closed by the next 1:1, not late);
/// feedback 2 given (praise, constructive), 1 received (constructive); 1 win; 3 evidence notes.
/// Review year 2026 for alice: 3 of 3, cadence kept 100%, 1 goal reached, on time 0% ("Review budget" ticked at the second meeting after its due date: late).
/// The same figures as tests/Domain/ReviewBuilderTests, which builds them in memory.
/// </summary>
public static class ReviewJournal
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    /// <param name="withTheme">Copy the theme into the journal (needed when the program runs outside the build, e.g. the CLI).</param>
    public static TempJournal Create(bool withTheme = false)
    {
        var j = new TempJournal(withTheme)
            .Settings("title: Review test\nowner: Sam\nreview-year-start: 4\n")
            .Person("alice", "name: Alice Chen\nrelationship: report\ncadence: monthly\nsince: 2025-06-01")
            .Person("bob", "name: Bob Stone\nrelationship: manager\ncadence: monthly")
            .Person("carol", "name: Carol Diaz\nrelationship: peer\ncadence: quarterly");

        j.Note("2025-03-20-alice", "date: 2025-03-20\nwith: alice");
        j.Note("2025-06-05-alice", "date: 2025-06-05\nwith: alice\nmood: 3\ntags: [career]");
        j.Note("2025-07-03-alice", """
            date: 2025-07-03
            with: alice
            mood: 4
            tags: [career, search]
            goals:
              - id: promo
                title: Get promoted to senior
                status: on-track
                progress: 20
            """, """
            ## Feedback
            - Given (praise): Clear incident write-up
            - Received (constructive): Send the update earlier

            ## Action items
            - [ ] @alice Draft plan due:2025-07-20
            """);
        j.Note("2025-08-01-alice", """
            date: 2025-08-01
            with: alice
            type: alignment
            tags: [search]
            goals:
              - id: side
                title: Side project
                status: on-track
                progress: 10
            """, """
            ## Wins
            - Shipped search v2

            ## Action items
            - [x] @alice Draft plan
            """);
        j.Note("2025-10-20-alice", """
            date: 2025-10-20
            with: alice
            mood: 2
            goals:
              - id: side
                status: dropped
            """, "- [ ] @alice Write doc due:2025-11-30\n");
        j.Note("2025-11-18-alice", """
            date: 2025-11-18
            with: alice
            goals:
              - id: promo
                status: at-risk
                progress: 40
            """, "- [x] @alice Write doc\n- [ ] @alice Book room\n");
        j.Note("2026-01-10-alice", "date: 2026-01-10\nwith: alice", "## Feedback\n- Given (constructive): Delegate more\n\n- [x] @alice Book room\n");
        j.Note("2026-03-02-alice", """
            date: 2026-03-02
            with: alice
            goals:
              - id: promo
                status: on-track
                progress: 70
            """, "- [ ] @alice Review budget due:2026-02-01\n");
        j.Note("2026-04-01-alice", "date: 2026-04-01\nwith: alice", "- [x] @alice Review budget\n");
        j.Note("2026-05-04-alice", """
            date: 2026-05-04
            with: alice
            goals:
              - id: promo
                status: done
                progress: 100
            """);
        j.Note("2026-06-02-alice", "date: 2026-06-02\nwith: alice");
        j.Note("2026-07-15-alice", "date: 2026-07-15\nwith: alice", "## Wins\n- A future win that must not count\n");
        j.Note("2025-09-09-bob", "date: 2025-09-09\nwith: bob", """
            ## Wins
            - Led the reorg

            ## Feedback
            - Received (praise): Great planning
            - Given (constructive): Share the roadmap sooner
            """);
        j.Note("2025-09-10-carol", "date: 2025-09-10\nwith: carol", "## Wins\n- Carol's win is not the owner's\n\n## Feedback\n- Received (praise): Peer praise\n");
        return j;
    }
}
