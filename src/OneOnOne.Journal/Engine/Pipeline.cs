namespace OneOnOne.Journal.Engine;

/// <summary>
/// A named, ordered list of modules, in Statiq's shape. A pipeline runs in its <see cref="Phase"/>, after every
/// pipeline named in <see cref="DependsOn"/> (of the same phase or an earlier one), and can read their outputs through
/// <see cref="PipelineContext.Outputs"/>.
/// </summary>
/// <param name="Name">Unique name, e.g. <c>Notes</c>.</param>
/// <param name="DependsOn">Names of the pipelines that must finish first.</param>
/// <param name="Modules">The modules, run in order, each on the previous one's output.</param>
public sealed record Pipeline(string Name, IReadOnlyList<string> DependsOn, IReadOnlyList<IModule> Modules)
{
    /// <summary>Creates a pipeline without dependencies.</summary>
    public Pipeline(string name, params IModule[] modules) : this(name, [], modules) { }

    /// <summary>
    /// Pipelines that name the same lane run one at a time, in the order they are given to the
    /// <see cref="PipelineEngine"/>, even when their dependencies would let them run together; null (the
    /// default) runs as soon as its dependencies are done, beside anything else. For pipelines whose
    /// modules already use every core (<c>Parallel.For</c>): running them together only adds their
    /// working sets up (a 10,000-note build's page families, docs/benchmarks.md "Full builds at scale").
    /// </summary>
    public string? Lane { get; init; }

    /// <summary>When the pipeline runs in a build (<see cref="Engine.Phase"/>); <see cref="Phase.Output"/> unless set.</summary>
    public Phase Phase { get; init; } = Phase.Output;
}
