using System.Diagnostics;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// Runs pipelines phase by phase (<see cref="Phase"/>: every pipeline of a phase before any of a later one), and inside
/// a phase in dependency order: pipelines whose dependencies are all done run concurrently, except that those sharing
/// a <see cref="Pipeline.Lane"/> run one after the other, in the order given. Throws
/// <see cref="InvalidOperationException"/> for duplicate names, an unknown dependency, a dependency on a pipeline of a
/// later phase, or a dependency cycle (a programming error, never a user one).
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;

    /// <summary>Creates an engine over the given pipelines (names must be unique).</summary>
    public PipelineEngine(IReadOnlyList<Pipeline> pipelines)
    {
        var names = pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count != pipelines.Count)
        {
            throw new InvalidOperationException("Pipeline names must be unique.");
        }

        foreach (var dependency in pipelines.SelectMany(p => p.DependsOn).Where(d => !names.Contains(d)))
        {
            throw new InvalidOperationException($"Unknown pipeline dependency '{dependency}'.");
        }

        var phases = pipelines.ToDictionary(p => p.Name, p => p.Phase, StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (pipeline.DependsOn.FirstOrDefault(d => phases[d] > pipeline.Phase) is { } later)
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' ({pipeline.Phase}) depends on '{later}', which runs later ({phases[later]}).");
            }
        }

        _pipelines = pipelines;
    }

    /// <summary>Time taken by each pipeline in the last run, in milliseconds, by name.</summary>
    public IReadOnlyDictionary<string, long> Timings => _timings;

    private readonly Dictionary<string, long> _timings = new(StringComparer.Ordinal);

    /// <summary>Runs every pipeline once (those not run yet by an earlier <see cref="RunAsync(PipelineContext, Action{string}?, Phase)"/> call on this engine), phase by phase.</summary>
    /// <param name="context">The build's context; outputs are stored in it.</param>
    /// <param name="onPipelineDone">Called after each pipeline with its name (for progress).</param>
    public Task RunAsync(PipelineContext context, Action<string>? onPipelineDone = null) => RunAsync(context, onPipelineDone, Phase.Output);

    /// <summary>
    /// Runs the pipelines of every phase up to and including <paramref name="through"/> that have not run yet on this
    /// engine, phase by phase. A later call runs the later phases: a build can do other work between phases (load the
    /// theme, tell preview which pages are already written).
    /// </summary>
    /// <param name="context">The build's context; outputs are stored in it.</param>
    /// <param name="onPipelineDone">Called after each pipeline with its name (for progress).</param>
    /// <param name="through">The last phase to run now.</param>
    public async Task RunAsync(PipelineContext context, Action<string>? onPipelineDone, Phase through)
    {
        foreach (var phase in Enum.GetValues<Phase>().Where(p => p <= through))
        {
            await RunPhaseAsync(context, onPipelineDone, [.. _pipelines.Where(p => p.Phase == phase && !_done.Contains(p.Name))]).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="remaining"/> (one phase's pipelines) in dependency order, lanes one pipeline at a time.</summary>
    private async Task RunPhaseAsync(PipelineContext context, Action<string>? onPipelineDone, List<Pipeline> remaining)
    {
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(p => p.DependsOn.All(_done.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("Pipeline dependency cycle: " + string.Join(", ", remaining.Select(p => p.Name)));
            }

            // a lane's ready pipelines run in one task, one after the other; every other pipeline in its own task
            var tasks = ready.Where(p => p.Lane is null).Select(p => Task.Run(async () => new[] { await RunOneAsync(p, context).ConfigureAwait(false) }))
                .Concat(ready.Where(p => p.Lane is not null).GroupBy(p => p.Lane, StringComparer.Ordinal).Select(lane => Task.Run(() => RunInTurnAsync([.. lane], context))));
            var results = (await Task.WhenAll(tasks).ConfigureAwait(false)).SelectMany(r => r).OrderBy(r => ready.IndexOf(r.Item1));
            foreach (var (pipeline, docs, ms) in results)
            {
                context.SetOutput(pipeline.Name, docs);
                _timings[pipeline.Name] = ms;
                _done.Add(pipeline.Name);
                remaining.Remove(pipeline);
                onPipelineDone?.Invoke(pipeline.Name);
            }
        }
    }

    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    private static async Task<(Pipeline, IReadOnlyList<Document>, long)[]> RunInTurnAsync(IReadOnlyList<Pipeline> lane, PipelineContext context)
    {
        var results = new (Pipeline, IReadOnlyList<Document>, long)[lane.Count];
        for (var i = 0; i < lane.Count; i++)
        {
            results[i] = await RunOneAsync(lane[i], context).ConfigureAwait(false);
        }

        return results;
    }

    private static async Task<(Pipeline, IReadOnlyList<Document>, long)> RunOneAsync(Pipeline pipeline, PipelineContext context)
    {
        var watch = Stopwatch.StartNew();
        IReadOnlyList<Document> docs = [];
        foreach (var module in pipeline.Modules)
        {
            docs = await module.ExecuteAsync(docs, context).ConfigureAwait(false);
        }

        return (pipeline, docs, watch.ElapsedMilliseconds);
    }
}
