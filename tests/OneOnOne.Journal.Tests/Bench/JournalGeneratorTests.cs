using OneOnOne.Journal.Bench;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Bench;

public sealed class JournalGeneratorTests
{
    [Fact]
    public void The_same_seed_writes_identical_bytes_and_another_seed_does_not()
    {
        using var a = new TempJournal();
        using var b = new TempJournal();
        using var c = new TempJournal();
        JournalGenerator.Generate(new GeneratorOptions(6, 8, Seed: 42), a.Root, Path.Combine(a.Root, "hugo"));
        JournalGenerator.Generate(new GeneratorOptions(6, 8, Seed: 42), b.Root, Path.Combine(b.Root, "hugo"));
        JournalGenerator.Generate(new GeneratorOptions(6, 8, Seed: 43), c.Root, Path.Combine(c.Root, "hugo"));

        var snapshotA = TempJournal.Snapshot(a.Root);
        Assert.Equal(snapshotA, TempJournal.Snapshot(b.Root));
        Assert.NotEqual(snapshotA, TempJournal.Snapshot(c.Root));
        Assert.Equal(48, snapshotA.Keys.Count(k => k.StartsWith(Path.Combine("input", "notes"), StringComparison.Ordinal)));
        Assert.Equal(6, snapshotA.Keys.Count(k => k.StartsWith(Path.Combine("input", "people"), StringComparison.Ordinal)));
        Assert.Contains(Path.Combine("hugo", "layouts", "_default", "single.html"), snapshotA.Keys);
        Assert.Contains(Path.Combine("hugo", "layouts", "_default", "list.html"), snapshotA.Keys);
    }

    [Fact]
    public async Task A_generated_journal_builds_with_no_error_and_has_goals_actions_feedback_and_wins()
    {
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(8, 12, Seed: 3), journal.Root);
        var result = await journal.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var model = result.Journal!;
        Assert.Equal(96, model.Notes.Count);
        Assert.Equal(8, model.People.Count);
        foreach (var path in notes)
        {
            var words = File.ReadAllText(Path.Combine(journal.Root, path)).Split("\n---\n", 2)[1]
                .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 200, 700);
        }

        Assert.NotEmpty(model.Notes.SelectMany(n => n.Feedback));
        Assert.NotEmpty(model.Notes.SelectMany(n => n.Wins));
        Assert.Contains(model.Goals, g => g.History.Count > 2 && g.History.Select(m => m.Progress).Distinct().Count() > 1);
        Assert.Contains(model.Actions, a => a.ClosedIn is not null);
        Assert.Contains(model.Actions, a => a.ClosedIn is null);
    }
}
