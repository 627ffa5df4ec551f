using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// A module that can also produce its outputs one at a time, lazily, so that a consumer such as
/// <see cref="InBatches"/> holds only a slice of them (and of whatever they reference) at once.
/// Enumerating <see cref="Stream"/> yields the same documents, in the same order, as
/// <see cref="IModule.ExecuteAsync"/> returns.
/// </summary>
public interface IDocumentStream : IModule
{
    /// <summary>The module's outputs for <paramref name="inputs"/>, made as they are enumerated (enumerate once).</summary>
    IEnumerable<Document> Stream(IReadOnlyList<Document> inputs, PipelineContext context);
}
