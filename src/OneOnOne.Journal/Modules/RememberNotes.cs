using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// In preview (<see cref="PipelineContext.Cache"/>), records the build's notes once all of them are made:
/// the people of a note that is gone see their pages rendered again, and each note's page path is
/// remembered for the next save (<see cref="DocumentCache"/>). Passes its inputs on unchanged; does
/// nothing in a full build.
/// </summary>
public sealed class RememberNotes : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.Cache?.EndNotes(inputs);
        return Task.FromResult(inputs);
    }
}
