using System.Collections.Concurrent;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Runs its modules only on the input documents that the previous build of the same preview session did
/// not see (compared by reference), and reuses the earlier outputs, with their problems reported again,
/// for the others (Statiq's module of the same name keys on content; here <see cref="ReadFiles"/> and
/// <see cref="AssignSlugs"/> hand out the same document object for an unchanged file, so identity is
/// enough). After one saved note, the notes stage then parses and renders that note alone instead of
/// looking up ten thousand per-file results module by module. Everything is done again when people,
/// meeting types, settings or the theme changed (<see cref="ChangeSet.ReferenceDataChanged"/>):
/// a note's result depends on those and on nothing else. In a plain build (no
/// <see cref="PipelineContext.Session"/>) it simply runs its modules. Its results are kept by the session, per <c>key</c> (<see cref="Store"/>).
/// </summary>
/// <remarks>
/// The modules must make exactly one output per input, in order (<see cref="InvalidOperationException"/>
/// otherwise: a programming error). A problem belongs to the input whose <see cref="Document.Source"/> is
/// its path; when a run reports one under any other path, nothing of that run is reused next time.
/// </remarks>
/// <param name="key">Names this cache within the session, e.g. the pipeline's name.</param>
/// <param name="modules">The modules to run on the documents that changed.</param>
public sealed class CacheDocuments(string key, params IModule[] modules) : IModule
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Session is not { } session)
        {
            return await RunAsync(inputs, context).ConfigureAwait(false);
        }

        var state = session.Get<Store>().For(key);
        var previous = session.Changes.ReferenceDataChanged ? null : state;
        var outputs = new Document[inputs.Count];
        var kept = new IReadOnlyList<Diagnostic>?[inputs.Count];
        var missed = new List<int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (previous?.Find(inputs[i], i) is { } j)
            {
                outputs[i] = previous.Outputs[j];
                kept[i] = previous.Problems[j];
                foreach (var d in previous.Problems[j])
                {
                    context.Report(d);
                }
            }
            else
            {
                missed.Add(i);
            }
        }

        var problems = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        var attributable = true;
        if (missed.Count > 0)
        {
            var recorded = new ConcurrentQueue<Diagnostic>();
            IReadOnlyList<Document> made;
            using (context.Record(recorded))
            {
                made = await RunAsync([.. missed.Select(i => inputs[i])], context).ConfigureAwait(false);
            }

            if (made.Count != missed.Count)
            {
                throw new InvalidOperationException($"{nameof(CacheDocuments)} '{key}': its modules made {made.Count} documents from {missed.Count}; they must make one per input, in order.");
            }

            var sources = new HashSet<string>(missed.Select(i => inputs[i].Source ?? ""), StringComparer.Ordinal);
            foreach (var d in recorded)
            {
                attributable &= sources.Contains(d.Path);
                if (!problems.TryGetValue(d.Path, out var list))
                {
                    problems[d.Path] = list = [];
                }

                list.Add(d);
            }

            for (var j = 0; j < missed.Count; j++)
            {
                outputs[missed[j]] = made[j];
            }
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            kept[i] ??= problems.TryGetValue(inputs[i].Source ?? "", out var list) ? list : [];
        }

        state.Remember(attributable ? inputs : null, outputs, kept!);
        return outputs;
    }

    private async Task<IReadOnlyList<Document>> RunAsync(IReadOnlyList<Document> docs, PipelineContext context)
    {
        foreach (var module in modules)
        {
            docs = await module.ExecuteAsync(docs, context).ConfigureAwait(false);
        }

        return docs;
    }

    /// <summary>The results of every <see cref="CacheDocuments"/> of a session, by key (a <see cref="SessionState"/> memo).</summary>
    internal sealed class Store
    {
        private readonly ConcurrentDictionary<string, Results> _byKey = new(StringComparer.Ordinal);

        /// <summary>The results kept under <paramref name="key"/>, made on first use.</summary>
        public Results For(string key) => _byKey.GetOrAdd(key, static _ => new Results());
    }

    /// <summary>What the previous build made from each input document (compared by reference), with the problems it reported, in input order.</summary>
    internal sealed class Results
    {
        private Dictionary<Document, int>? _positions;

        public IReadOnlyList<Document>? Inputs { get; private set; }

        public Document[] Outputs { get; private set; } = [];

        public IReadOnlyList<Diagnostic>[] Problems { get; private set; } = [];

        public void Remember(IReadOnlyList<Document>? inputs, Document[] outputs, IReadOnlyList<Diagnostic>[] problems) =>
            (Inputs, Outputs, Problems, _positions) = (inputs, outputs, problems, null);

        /// <summary>Where <paramref name="input"/> was among the previous inputs: usually at the same <paramref name="position"/> (a save keeps the list of files), else looked up.</summary>
        public int? Find(Document input, int position)
        {
            if (Inputs is not { } inputs)
            {
                return null;
            }

            if (position < inputs.Count && ReferenceEquals(inputs[position], input))
            {
                return position;
            }

            if (_positions is null)
            {
                _positions = new Dictionary<Document, int>(inputs.Count, ReferenceEqualityComparer.Instance);
                for (var i = 0; i < inputs.Count; i++)
                {
                    _positions.TryAdd(inputs[i], i);
                }
            }

            return _positions.TryGetValue(input, out var at) ? at : null;
        }
    }
}
