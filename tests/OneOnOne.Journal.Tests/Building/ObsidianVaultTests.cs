using OneOnOne.Journal.Building;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// A journal kept with Obsidian habits builds without edits (docs/journal-format.md, "Obsidian vaults"):
/// vault folders mapped with <c>folders:</c>, file names like <c>2026-03-04 Alice Chen.md</c>, <c>people:</c> /
/// <c>attendees:</c> lists of <c>[[Alice Chen]]</c> links (quoted, unquoted, flow), Tasks-plugin dates
/// (📅 due, ✅ done, ➕ created), inline <c>#tags</c>, and Obsidian's <c>.trash/</c> folder.
/// </summary>
public sealed class ObsidianVaultTests
{
    private static TempJournal Vault()
    {
        var journal = new TempJournal();
        journal.Settings("title: Vault\nfolders:\n  notes: Meetings/1on1\n  people: People\n");
        journal.Write("People/Alice Chen.md", "---\nrole: Staff Engineer\nrelationship: report\ncadence: weekly\naliases: [Ali]\n---\nLikes written feedback.\n");
        journal.Write("People/Bob Stone.md", "Peer on the platform team.\n");
        journal.Write("Meetings/1on1/2026/2026-03-04 Alice Chen.md", """
            Talked about the #career ladder and #search/relevance.

            - Promo packet: start in April #promo
            - [ ] @alice-chen Draft the rollout plan 📅 2026-03-18 ➕ 2026-03-04
            - [ ] Book the design review 📅 2026-03-09
            - [ ] @me Send the offsite agenda ⏫ 📅 2026-03-06

            """);
        journal.Write("Meetings/1on1/2026/2026-03-11 Alice.md", """
            ---
            date: 2026-03-11
            people:
              - "[[Alice Chen]]"
            tags:
              - 1on1
            ---
            - [x] @alice-chen Draft the rollout plan ✅ 2026-03-10 📅 2026-03-18 ➕ 2026-03-04
            - [x] Book the design review ✅ 2026-03-12 📅 2026-03-09

            """);
        journal.Write("Meetings/1on1/2026/2026-03-12 Platform sync.md", """
            ---
            date: 2026-03-12
            attendees:
              - [[Alice Chen]]
              - [[Bob Stone]]
            ---
            - [ ] @bob-stone Share the capacity numbers 📅 2026-03-20

            """);
        journal.Write("Meetings/1on1/2026/2026-03-18 Bob.md", """
            ---
            date: 2026-03-18
            attendees: [[Bob Stone]]
            ---
            Quick one. #capacity

            """);
        journal.Write("Meetings/1on1/.trash/2026-03-01 Alice Chen.md", "- [ ] A deleted note's item\n");
        journal.Write("Meetings/1on1/2026/2026-03-25 Ali.md", "---\ndate: 2026-03-25\nwith: '[[Ali|Alice]]'\n---\nShort.\n");
        return journal;
    }

    [Fact]
    public async Task An_obsidian_vault_builds_without_problems_and_places_every_note_on_the_timelines()
    {
        using var journal = Vault();
        var result = await journal.BuildAsync(today: new DateOnly(2026, 3, 30));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var model = result.Journal!;
        Assert.Equal(["alice-chen", "bob-stone"], model.People.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, model.Notes.Count);
        Assert.All(model.Notes, n => Assert.True(n.IsPlaced, n.SourcePath));
        Assert.Equal(["2026-03-25", "2026-03-12", "2026-03-11", "2026-03-04"], model.NotesFor("alice-chen").Select(n => n.Date!.Value.ToString("yyyy-MM-dd")));
        Assert.Equal(["2026-03-18", "2026-03-12"], model.NotesFor("bob-stone").Select(n => n.Date!.Value.ToString("yyyy-MM-dd")));
        Assert.Equal("input/Meetings/1on1/2026/2026-03-04 Alice Chen.md", model.NotesFor("alice-chen")[^1].SourcePath);

        var timeline = journal.Page("people/alice-chen/index.html").QuerySelectorAll(".timeline-entry");
        Assert.Equal(4, timeline.Length);
        Assert.Equal(2, journal.Page("people/bob-stone/index.html").QuerySelectorAll(".timeline-entry").Length);
    }

    [Fact]
    public async Task Tasks_plugin_dates_give_due_and_done_dates_and_created_markers_are_dropped()
    {
        using var journal = Vault();
        var model = (await journal.BuildAsync(today: new DateOnly(2026, 3, 30))).Journal!;

        var rollout = model.Actions.Single(a => a.Text == "Draft the rollout plan");
        Assert.Equal(("alice-chen", new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 10)), (rollout.Owner, rollout.Due!.Value, rollout.ClosedOn!.Value));
        var review = model.Actions.Single(a => a.Text == "Book the design review");
        Assert.False(review.IsOpen);
        Assert.Equal(ClosedTiming.Late, review.Timing); // ✅ 2026-03-12 is after 📅 2026-03-09
        var agenda = model.Actions.Single(a => a.Text == "Send the offsite agenda");
        Assert.True(agenda.IsOverdue(model.Today));
        Assert.Equal("me", agenda.Owner);
        var capacity = model.Actions.Single(a => a.Text == "Share the capacity numbers");
        Assert.Equal(["alice-chen", "bob-stone"], capacity.People);
        Assert.Equal(["Send the offsite agenda", "Share the capacity numbers"], model.Actions.Where(a => a.IsOpen).Select(a => a.Text));
        Assert.DoesNotContain(model.Actions, a => a.Text.Contains("deleted", StringComparison.Ordinal));

        var open = journal.Page("actions/index.html").QuerySelector(".actions-table")!.TextContent;
        Assert.Contains("Send the offsite agenda", open, StringComparison.Ordinal);
        Assert.DoesNotContain("➕", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inline_tags_in_paragraphs_and_list_items_join_the_front_matter_tags()
    {
        using var journal = Vault();
        var model = (await journal.BuildAsync(today: new DateOnly(2026, 3, 30))).Journal!;

        var first = model.Notes.Single(n => n.SourcePath.EndsWith("2026-03-04 Alice Chen.md", StringComparison.Ordinal));
        Assert.Equal(["career", "search/relevance", "promo"], first.Tags);
        Assert.Equal(["1on1"], model.Notes.Single(n => n.Date == new DateOnly(2026, 3, 11)).Tags);
        Assert.Equal(["capacity"], model.Notes.Single(n => n.Date == new DateOnly(2026, 3, 18)).Tags);
    }

    [Fact]
    public void New_writes_into_the_mapped_notes_folder()
    {
        using var journal = Vault();
        var run = ProgramRunner.Program(journal.Root, "new", "Ali", "--date", "2026-04-01");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(Path.Combine("input", "Meetings", "1on1", "2026", "2026-04-01-alice-chen.md"), run.Stdout.Trim());
        Assert.Contains("- [ ] @me Send the offsite agenda due:2026-03-06", File.ReadAllText(Path.Combine(journal.Root, run.Stdout.Trim())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_file_named_like_a_person_keeps_that_spelling_as_the_name()
    {
        using var journal = Vault();
        journal.Write("People/José Núñez.md", "Peer.\n");
        journal.Write("Meetings/1on1/2026/2026-03-20 José Núñez.md", "Coffee.\n");
        var model = (await journal.BuildAsync(today: new DateOnly(2026, 3, 30))).Journal!;

        Assert.All(model.Notes, n => Assert.True(n.IsPlaced, n.SourcePath));
        Assert.Equal("José Núñez", model.PersonById["jose-nunez"].Name);
        Assert.Equal("Alice Chen", model.PersonById["alice-chen"].Name);
        Assert.Single(model.NotesFor("jose-nunez"));
    }

    [Fact]
    public async Task The_owner_listed_among_the_attendees_is_skipped_not_reported()
    {
        using var journal = Vault();
        journal.Settings("owner: Sam Rivera\nfolders: { notes: Meetings/1on1, people: People }\n");
        journal.Write("Meetings/1on1/2026/2026-03-26 Sync.md", "---\ndate: 2026-03-26\nattendees:\n  - \"[[Sam Rivera]]\"\n  - \"[[Alice Chen]]\"\n---\nSync.\n");
        journal.Write("Meetings/1on1/2026/2026-03-27 Solo.md", "---\ndate: 2026-03-27\nattendees: [\"[[Sam Rivera]]\", me]\n---\nThinking time.\n");
        var result = await journal.BuildAsync(today: new DateOnly(2026, 3, 30));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/Meetings/1on1/2026/2026-03-27 Solo.md", Journal.Severity.Error), (problem.Path, problem.Severity));
        Assert.Contains("names only you", problem.Message, StringComparison.Ordinal);
        var sync = result.Journal!.Notes.Single(n => n.Date == new DateOnly(2026, 3, 26));
        Assert.Equal(["alice-chen"], sync.With);
    }
}
