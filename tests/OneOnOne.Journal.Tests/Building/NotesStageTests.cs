using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>What the notes stage keeps and reports once it drops the Markdown, front matter and analysis after each note is built.</summary>
public sealed class NotesStageTests
{
    [Fact]
    public async Task A_blank_file_is_an_empty_note_and_a_blank_body_with_front_matter_is_not()
    {
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen")
            .Write("notes/2026/2026-06-14-alice.md", "\n   \n\t\n")
            .Note("2026-06-15-alice", "date: 2026-06-15\nwith: alice", "   ");
        var result = await journal.BuildAsync();

        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("2026-06-14-alice.md", StringComparison.Ordinal) && d.Message == "the note is empty");
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("2026-06-15-alice.md", StringComparison.Ordinal) && d.Message == "the note is empty");
    }

    [Fact]
    public async Task Notes_pipeline_documents_hold_only_the_note()
    {
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-15-alice", "date: 2026-06-15\nwith: alice\ntags: [x]", "Intro paragraph with **bold** &amp; more.\n\n- [ ] @alice Task due:2026-06-20\n");
        var context = journal.Context();
        await new PipelineEngine(OneOnOne.Journal.Pipelines.SitePipelines.CreateModel(context)).RunAsync(context);

        var doc = Assert.Single(context.OutputOf(PipelineNames.Notes));
        Assert.Equal([Keys.Note], doc.Metadata.Keys);
        var note = doc.Get<Note>(Keys.Note)!;
        Assert.Contains("<strong>bold</strong>", note.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"open\"", note.BodyHtml, StringComparison.Ordinal);
        Assert.Equal("Intro paragraph with bold & more.", note.Summary);
        Assert.Equal("Intro paragraph with bold & more. @alice Task due:2026-06-20", note.PlainText);
        Assert.Equal("Intro paragraph", note.PlainTextStart(15));
    }

    [Fact]
    public async Task A_long_summary_is_kept_to_what_excerpts_read()
    {
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => "word" + i));
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-15-alice", "date: 2026-06-15\nwith: alice", words + "\n");
        var result = await journal.BuildAsync();

        var note = Assert.Single(result.Journal!.Notes);
        Assert.Equal(Note.SummaryChars, note.Summary.Length);
        Assert.Equal(words[..Note.SummaryChars], note.Summary);
        Assert.Equal(words, note.PlainText);
        Assert.Equal(OneOnOne.Journal.Site.Format.Excerpt(words), OneOnOne.Journal.Site.Format.Excerpt(note.Summary));
        Assert.Equal(OneOnOne.Journal.Site.Format.Excerpt(words, 320), OneOnOne.Journal.Site.Format.Excerpt(note.Summary, 320));
    }
}
