using System.Diagnostics;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// Runs pipelines in dependency order; pipelines whose dependencies are all done run concurrently,
/// except that those sharing a <see cref="Pipeline.Lane"/> run one after the other, in the order given.
/// Throws <see cref="InvalidOperationException"/> for an unknown dependency or a dependency cycle
/// (a programming error, never a user one).
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

        _pipelines = pipelines;
    }

    /// <summary>Time taken by each pipeline in the last run, in milliseconds, by name.</summary>
    public IReadOnlyDictionary<string, long> Timings => _timings;

    private readonly Dictionary<string, long> _timings = new(StringComparer.Ordinal);

    /// <summary>Runs every pipeline once (those not run yet by an earlier <see cref="RunAsync(PipelineContext, Action{string}?, Func{Pipeline, bool}?)"/> call on this engine).</summary>
    /// <param name="context">The build's context; outputs are stored in it.</param>
    /// <param name="onPipelineDone">Called after each pipeline with its name (for progress).</param>
    public Task RunAsync(PipelineContext context, Action<string>? onPipelineDone = null) => RunAsync(context, onPipelineDone, null);

    /// <summary>
    /// Runs the pipelines that <paramref name="include"/> selects and have not run yet on this engine
    /// (every pipeline when null), in dependency order. A later call runs more of them: a build can run
    /// in stages (preview reloads the pages it wrote first, then runs the rest). Throws
    /// <see cref="InvalidOperationException"/> when a selected pipeline depends on one that is neither
    /// done nor selected.
    /// </summary>
    /// <param name="context">The build's context; outputs are stored in it.</param>
    /// <param name="onPipelineDone">Called after each pipeline with its name (for progress).</param>
    /// <param name="include">Which pipelines to run now; null for all that remain.</param>
    public async Task RunAsync(PipelineContext context, Action<string>? onPipelineDone, Func<Pipeline, bool>? include)
    {
        var remaining = _pipelines.Where(p => !_done.Contains(p.Name) && (include is null || include(p))).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(p => p.DependsOn.All(_done.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("Pipeline dependency cycle or a dependency left out of the stage: " + string.Join(", ", remaining.Select(p => p.Name)));
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
