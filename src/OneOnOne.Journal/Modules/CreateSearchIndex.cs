using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Search;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Creates the search index files (<c>search/*.js</c>) from the journal with <see cref="SearchIndexWriter"/>:
/// one document per shard, with its destination. Which notes are indexed and how the shard payloads
/// are transformed are inputs. Publish reads no private content at all (<see cref="RemovePrivateContent"/>), so the
/// journal it indexes has none; files are named by number in every build (no name reveals a word, person or tag); with a publish key, links follow <see cref="ObscurePaths"/> and every payload is encrypted with the pages' key (<c>iv:ciphertext</c> in base64, AES-256-GCM),
/// which <c>search.js</c> decrypts with <c>window.__oneononeDecrypt(iv, data)</c> from <c>unlock.js</c>.
/// As the first module of <see cref="InBatches"/> it makes the files slice by slice (<see cref="Stream"/>),
/// so a build holds one slice of the index's file texts at a time, not all of them.
/// </summary>
/// <param name="includeNote">Which notes to index; null indexes every note, private ones included (build, preview).</param>
/// <param name="transformPayload">The writer's payload seam (see <see cref="SearchIndexWriter(Func{string, string}?)"/>); null for plain JSON.</param>
public sealed class CreateSearchIndex(Func<Domain.Note, bool>? includeNote = null, Func<string, string>? transformPayload = null) : IDocumentStream
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. Stream(inputs, context)]);

    /// <inheritdoc />
    public IEnumerable<Document> Stream(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        foreach (var input in inputs)
        {
            yield return input;
        }

        var journal = BuildJournal.From(context);
        var documents = SearchDocuments.From(journal, includeNote);
        var transform = transformPayload;
        if (context.Options.PublishKey is { } key)
        {
            // encrypted publish: links follow the pages' opaque folders, every payload is sealed like the pages
            documents = [.. documents.Select(d => d with { Url = ObscurePaths.Map(key, d.Url) })];
            transform ??= json =>
            {
                var (iv, sealedBytes) = Publishing.SiteCipher.Encrypt(key, System.Text.Encoding.UTF8.GetBytes(json));
                return Convert.ToBase64String(iv) + ":" + Convert.ToBase64String(sealedBytes);
            };
        }

        foreach (var shard in new SearchIndexWriter(transform).Stream(documents))
        {
            yield return Document.Create(null, shard.Path, shard.Content);
        }
    }
}
