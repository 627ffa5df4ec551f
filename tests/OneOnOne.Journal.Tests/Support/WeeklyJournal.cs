namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// A small journal for the weekly workflow (<c>new</c>): Alice has three notes with actions opened,
/// repeated, closed later and closed at once, goals in flight and done, and queued topics; Bob has
/// one note whose action must never reach Alice's next note.
/// </summary>
public static class WeeklyJournal
{
    public static TempJournal Create()
    {
        var journal = new TempJournal();
        journal.Person("alice-chen", "name: Alice Chen\naliases: [Ali]\ncadence: weekly");
        journal.Person("bob-stone", "name: Bob Stone");
        journal.Note("2026-05-04-alice-chen", """
            date: 2026-05-04
            with: alice-chen
            type: alignment
            goals:
              - id: ship-search
                title: Ship search v2
                status: on-track
                progress: 40
              - id: learn-rust
                title: Learn Rust
                status: on-track
                progress: 10
            next: [Old topic]
            """, """
            ## Action items
            - [ ] @alice-chen Draft the rollout plan due:2026-05-11
            - [ ] @me Book the design review due:2026-05-08
            - [x] @me Send the offsite agenda
            - [ ] Ask about the training budget 📅 2026-06-01
            """);
        journal.Note("2026-05-18-alice-chen", """
            date: 2026-05-18
            with: Alice Chen
            type: alignment
            goals:
              - id: ship-search
                status: at-risk
                progress: 55
              - id: learn-rust
                status: done
                progress: 100
            next: [Promo packet timeline, Conference budget]
            """, """
            ## Action items
            - [x] @me Book the design review ✅ 2026-05-15
            - [ ] @me Review Alice's RFC due:2026-05-25
            - [ ] @alice-chen Draft the rollout plan due:2026-05-11
            """);
        journal.Note("2026-05-20-bob-stone", "date: 2026-05-20\nwith: bob-stone", "- [ ] @bob-stone Fix Bob's build due:2026-05-30\n");
        journal.Note("2026-07-10-alice-chen", """
            date: 2026-07-10
            with: alice-chen
            type: alignment
            next: [Future topic]
            """, """
            - [ ] @alice-chen A later item due:2026-07-20
            - [x] @alice-chen Draft the rollout plan
            """);
        return journal;
    }
}
