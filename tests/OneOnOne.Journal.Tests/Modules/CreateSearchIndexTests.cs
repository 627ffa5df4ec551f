using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Search;
using OneOnOne.Journal.Tests.Testing;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>The search index made as a stream: same files as the writer's list, and none of their text kept after the build writes them. The journal is in memory (<see cref="TestJournalFiles"/>).</summary>
public sealed class CreateSearchIndexTests
{
    [Fact]
    public async Task The_search_pipeline_writes_every_file_and_keeps_no_file_text()
    {
        var journal = new TestJournalFiles()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-15-alice", "date: 2026-06-15\nwith: alice\ntags: [x]", "Talked about the roadmap.\n");
        var context = journal.Context();
        var pipelines = SitePipelines.Create(context).Where(p => p.Phase == Phase.Input || p.Name == PipelineNames.SearchIndex).ToList();
        await new PipelineEngine(pipelines).RunAsync(context);

        var outputs = context.OutputOf(PipelineNames.SearchIndex);
        var expected = new SearchIndexWriter().Write(SearchDocuments.From(BuildJournal.From(context)));
        Assert.Equal(expected.Select(s => s.Path), outputs.Select(d => d.Destination));
        Assert.All(outputs, d => Assert.Equal("", d.Content));
        foreach (var shard in expected)
        {
            Assert.Equal(shard.Content, journal.FileSystem.ReadText(Path.Combine(context.Options.OutputPath, shard.Path)));
        }
    }

    [Fact]
    public void Streamed_document_shards_follow_each_other_across_slices()
    {
        // 263 document shards: more than one parallel slice (256), so a second slice follows the first
        var documents = Enumerable.Range(0, 2100).Select(i => new SearchDocument(
            SearchDocumentKind.Note, $"Note {i}", $"notes/n{i}/", new DateOnly(2026, 1, 1), ["alice"], ["Alice"], "one-on-one", "1:1", [],
            [($"word{i} term{i % 97}", SearchField.Body)], $"snippet {i}")).ToList();

        var docs = new SearchIndexWriter().Stream(documents).Where(s => s.Path.StartsWith("search/docs-", StringComparison.Ordinal)).ToList();

        Assert.Equal(Enumerable.Range(0, 263).Select(n => $"search/docs-{n}.js"), docs.Select(s => s.Path));
        Assert.All(docs.Select((s, n) => (s, n)), x => Assert.Contains($"\"Note {x.n * SearchIndexWriter.DocsPerShard}\"", x.s.Content, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_note_documents_snippet_is_made_from_the_note_and_can_be_replaced()
    {
        var body = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}"));
        var journal = new TestJournalFiles()
            .Person("alice", "name: Alice Chen")
            .Note("2026-06-15-alice", "date: 2026-06-15\nwith: alice", body + "\n");
        var context = journal.Context();
        await new PipelineEngine(OneOnOne.Journal.Pipelines.SitePipelines.CreateModel(context)).RunAsync(context);

        var note = Assert.Single(SearchDocuments.From(BuildJournal.From(context)), d => d.Kind == SearchDocumentKind.Note);

        Assert.Equal(body[..(SearchIndexWriter.MaxSnippetChars + 1)], note.Snippet);
        Assert.Equal("other", (note with { Snippet = "other" }).Snippet);
        Assert.Equal(note.Snippet, (note with { Url = "elsewhere/" }).Snippet);
    }
}
