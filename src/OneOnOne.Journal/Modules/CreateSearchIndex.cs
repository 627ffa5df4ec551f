using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Search;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Creates the search index files (<c>search/*.js</c>) from the journal with <see cref="SearchIndexWriter"/>:
/// one document per shard, with its destination. Which notes are indexed and how the shard payloads
/// are transformed are inputs, so publish can leave private notes out and encrypt the shards.
/// </summary>
/// <param name="includeNote">Which notes to index; null indexes every note, private ones included (build, preview).</param>
/// <param name="transformPayload">The writer's payload seam (see <see cref="SearchIndexWriter(Func{string, string}?)"/>); null for plain JSON.</param>
public sealed class CreateSearchIndex(Func<Domain.Note, bool>? includeNote = null, Func<string, string>? transformPayload = null) : IModule
{
    /// <summary>The name of the pipeline that writes the index.</summary>
    public const string Pipeline = "SearchIndex";

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var journal = BuildJournal.From(context);
        var documents = SearchDocuments.From(journal, includeNote);
        var shards = new SearchIndexWriter(transformPayload).Write(documents);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. shards.Select(s => Document.Create(null, s.Path, s.Content))]);
    }
}
