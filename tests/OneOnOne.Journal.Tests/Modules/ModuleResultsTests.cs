using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>The per-file results the read and parse modules keep across preview builds (<see cref="ModuleResults"/>).</summary>
public sealed class ModuleResultsTests
{
    [Fact]
    public void A_result_is_reused_only_for_the_same_input_and_stamp_and_replays_its_problems()
    {
        using var journal = new TempJournal();
        var context = journal.Context();
        var results = new ModuleResults();
        var input = Document.Create("input/notes/a.md", null, "text");
        var output = input.WithContent("parsed");
        var problem = Diagnostic.Warning("input/notes/a.md", 3, "odd");
        results.Set("Parse", "input/notes/a.md", input, "s1", output, [problem]);

        Assert.Null(results.TryGet("Parse", "input/notes/a.md", input.WithContent("text"), "s1", context));
        Assert.Null(results.TryGet("Parse", "input/notes/a.md", input, "s2", context));
        Assert.Same(output, results.TryGet("Parse", "input/notes/a.md", input, "s1", context));
        Assert.Equal([problem], context.Diagnostics);
        Assert.Equal(1, results.Hits);
    }

    [Fact]
    public void A_forgotten_source_has_no_result_and_no_notes()
    {
        using var journal = new TempJournal();
        var context = journal.Context();
        var results = new ModuleResults();
        var note = Notes.Make("2026-03-04", ["alice"]);
        results.Set(nameof(CreateNotes), note.SourcePath, null, null, Document.Create(note.SourcePath, null, "").With(Keys.Note, note), []);
        Assert.Equal([note], results.CachedNotes(note.SourcePath));

        results.Forget(note.SourcePath);

        Assert.Empty(results.CachedNotes(note.SourcePath));
        Assert.Null(results.TryGetUnchecked(nameof(CreateNotes), note.SourcePath, context));
    }
}
