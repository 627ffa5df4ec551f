namespace OneOnOne.Journal.Engine;

/// <summary>
/// A small, named step of a <see cref="Pipeline"/> (named verb + noun, e.g. <c>ReadFiles</c>,
/// <c>RenderMarkdown</c>): takes the documents of the previous step and returns new ones.
/// Modules never mutate documents; they return new ones. Bad input becomes a
/// <see cref="Diagnostic"/> through <see cref="PipelineContext.Report"/>, never an exception.
/// </summary>
public interface IModule
{
    /// <summary>Runs the module.</summary>
    /// <param name="inputs">The documents from the previous module (empty for the first).</param>
    /// <param name="context">The build's context: paths, settings, theme, other pipelines' outputs.</param>
    /// <returns>The output documents.</returns>
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}
