namespace OneOnOne.Journal.Engine;

/// <summary>
/// A named, ordered list of modules, in Statiq's shape. A pipeline runs after every pipeline named in
/// <see cref="DependsOn"/> and can read their outputs through <see cref="PipelineContext.Outputs"/>.
/// </summary>
/// <param name="Name">Unique name, e.g. <c>Notes</c>.</param>
/// <param name="DependsOn">Names of the pipelines that must finish first.</param>
/// <param name="Modules">The modules, run in order, each on the previous one's output.</param>
public sealed record Pipeline(string Name, IReadOnlyList<string> DependsOn, IReadOnlyList<IModule> Modules)
{
    /// <summary>Creates a pipeline without dependencies.</summary>
    public Pipeline(string name, params IModule[] modules) : this(name, [], modules) { }
}
