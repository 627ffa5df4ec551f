using OneOnOne.Journal.Building;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Domain;

/// <summary>The next note's text: open actions carried (owners, due dates), closed ones never, queued topics, goals in flight, the type's agenda.</summary>
public sealed class NextNoteTemplateTests
{
    private static readonly DateOnly Date = new(2026, 6, 1);

    private static async Task<(TempJournal Journal, JournalModel Model)> LoadAsync()
    {
        var journal = WeeklyJournal.Create();
        var load = await JournalLoader.LoadAsync(journal.Options());
        Assert.Empty(load.Diagnostics.Select(d => d.ToString()));
        return (journal, load.Journal);
    }

    [Fact]
    public async Task Only_open_actions_carry_with_their_owners_and_due_dates()
    {
        var (journal, model) = await LoadAsync();
        using var _ = journal;
        var text = NextNoteTemplate.Compose(model, "alice-chen", model.UsualTypeFor("alice-chen"), Date);
        var actions = text[text.IndexOf("## Action items\n", StringComparison.Ordinal)..].Split('\n').Skip(1).Where(l => l.Length > 0).ToList();

        Assert.Equal(
        [
            "- [ ] @alice-chen Draft the rollout plan due:2026-05-11",
            "- [ ] Ask about the training budget due:2026-06-01",
            "- [ ] @me Review Alice's RFC due:2026-05-25",
        ], actions);
        Assert.DoesNotContain("design review", text, StringComparison.Ordinal);   // closed in a later note
        Assert.DoesNotContain("offsite agenda", text, StringComparison.Ordinal);  // closed when opened
        Assert.DoesNotContain("Bob's build", text, StringComparison.Ordinal);     // another person's
        Assert.DoesNotContain("later item", text, StringComparison.Ordinal);      // opened after the date
    }

    [Fact]
    public async Task Front_matter_names_date_person_type_and_the_goals_in_flight_with_their_last_status()
    {
        var (journal, model) = await LoadAsync();
        using var _ = journal;
        var text = NextNoteTemplate.Compose(model, "alice-chen", model.TypeById["alignment"], Date);

        Assert.StartsWith("---\ndate: 2026-06-01\nwith: alice-chen\ntype: alignment\ngoals:", text, StringComparison.Ordinal);
        Assert.Contains("  - id: ship-search  # Ship search v2\n    status: at-risk\n    progress: 55\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("learn-rust", text, StringComparison.Ordinal); // done
        // issue #16: a topic stays queued until a later note mentions it; no later note mentions "Old topic"
        Assert.Contains("### Queued topics\n- Old topic\n- Promo packet timeline\n- Conference budget\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Future topic", text, StringComparison.Ordinal);
        foreach (var item in model.TypeById["alignment"].Agenda)
        {
            Assert.Contains(item.Text, text, StringComparison.Ordinal);
        }

        foreach (var section in new[] { "## Agenda\n", "## Notes\n", "## Feedback\n", "## Wins\n", "## Action items\n" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_written_note_reads_back_cleanly_and_repeats_the_open_actions_without_opening_new_ones()
    {
        var (journal, model) = await LoadAsync();
        using var _ = journal;
        var text = NextNoteTemplate.Compose(model, "alice-chen", model.UsualTypeFor("alice-chen"), Date);
        journal.Write("notes/2026/" + NextNoteTemplate.RelativePath("alice-chen", Date), text);

        var after = (await JournalLoader.LoadAsync(journal.Options())).Journal;
        var note = after.NotesFor("alice-chen").Single(n => n.Date == Date);
        Assert.Empty(after.ActionsOpenedIn(note)); // every carried item continues an open one
        Assert.Equal(3, after.ActionsFor("alice-chen").Count(a => a.Mentions.Contains(note)));
        var goal = Assert.Single(note.Goals);
        Assert.Equal(("ship-search", GoalStatus.AtRisk, 55), (goal.GoalId, goal.Status!.Value, goal.Progress!.Value));
    }

    [Fact]
    public async Task The_agenda_is_the_one_for_your_side_of_the_table_with_that_person()
    {
        using var journal = new TempJournal()
            .Person("rita", "name: Rita\nrelationship: report")
            .Person("max", "name: Max\nrelationship: manager")
            .Person("pat", "name: Pat\nrelationship: peer");
        var model = (await JournalLoader.LoadAsync(journal.Options())).Journal;
        var regular = model.TypeById["regular"];
        string Agenda(string id)
        {
            var text = NextNoteTemplate.Compose(model, id, regular, Date);
            var start = text.IndexOf("## Agenda\n", StringComparison.Ordinal);
            return text[start..text.IndexOf("## Notes", start, StringComparison.Ordinal)];
        }

        // with a report you lead (the manager's agenda); with your manager you attend (the report's)
        Assert.StartsWith("## Agenda\n- 5 min: Their follow-ups from last time, then yours\n", Agenda("rita"), StringComparison.Ordinal);
        Assert.StartsWith("## Agenda\n- 5 min: Follow up on last meeting's topics and actions\n", Agenda("max"), StringComparison.Ordinal);
        Assert.StartsWith("## Agenda\n- 5 min: Follow-ups from last time\n", Agenda("pat"), StringComparison.Ordinal);
        Assert.Equal(regular.Sides.Single(s => s.Side == MeetingSide.Lead).Agenda.Count, Agenda("rita").Count(c => c == '\n') - 2);
    }

    [Fact]
    public void The_path_is_year_folder_then_date_and_person_id()
    {
        Assert.Equal("2026/2026-06-01-alice-chen.md", NextNoteTemplate.RelativePath("alice-chen", Date));
    }
}
