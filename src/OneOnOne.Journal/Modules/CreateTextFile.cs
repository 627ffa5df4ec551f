using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>Adds one fixed text file to the output (e.g. <c>robots.txt</c>).</summary>
/// <param name="destination">Path relative to the output folder.</param>
/// <param name="content">The file's text.</param>
public sealed class CreateTextFile(string destination, string content) : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, Document.Create(null, destination, content)]);
}
