using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Gives every note document a slug unique in the journal (<see cref="Keys.Slug"/>), from its file stem
/// (<see cref="Slug.From"/>): when two files share a stem, the later one (by path) gets <c>-2</c>,
/// <c>-3</c>... and a warning naming the other file (DESIGN.md, "URLs": <c>/notes/&lt;yyyy&gt;/&lt;file stem&gt;/</c>).
/// It looks at all notes at once, so that the modules after it can work on slices of them
/// (<see cref="InBatches"/>). In preview (<see cref="PipelineContext.Session"/>) an unchanged file with an
/// unchanged slug gets the same document object as in the previous build, so the caches after it still hit.
/// </summary>
public sealed class AssignSlugs : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Session?.Get<Previous>() is { } previous && previous.SameFiles(inputs))
        {
            // preview, the same files in the same order: the same slugs and warnings; only edited files get new documents
            return Task.FromResult<IReadOnlyList<Document>>(previous.Reuse(inputs, context));
        }

        var recorded = new System.Collections.Concurrent.ConcurrentQueue<Diagnostic>();
        string[] slugs;
        using (context.Record(recorded))
        {
            slugs = Assign(inputs, context);
        }

        var outputs = new Document[inputs.Count];
        var cache = ModuleResults.Of(context);
        for (var i = 0; i < inputs.Count; i++)
        {
            var doc = inputs[i];
            if (cache is null || doc.Source is not { } source)
            {
                outputs[i] = doc.With(Keys.Slug, slugs[i]);
                continue;
            }

            if (cache.TryGet(nameof(AssignSlugs), source, doc, slugs[i], context) is { } cached)
            {
                outputs[i] = cached;
                continue;
            }

            outputs[i] = doc.With(Keys.Slug, slugs[i]);
            cache.Set(nameof(AssignSlugs), source, doc, slugs[i], outputs[i], []);
        }

        context.Session?.Get<Previous>().Remember(inputs, outputs, slugs, [.. recorded]);
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The previous preview build's inputs, outputs, slugs and warnings, in order (a <see cref="SessionState"/> memo).</summary>
    private sealed class Previous
    {
        private IReadOnlyList<Document> _inputs = [];
        private Document[] _outputs = [];
        private string[] _slugs = [];
        private Diagnostic[] _warnings = [];

        public void Remember(IReadOnlyList<Document> inputs, Document[] outputs, string[] slugs, Diagnostic[] warnings) =>
            (_inputs, _outputs, _slugs, _warnings) = (inputs, outputs, slugs, warnings);

        /// <summary>True when <paramref name="inputs"/> are the previous inputs' files (source paths), in the same order.</summary>
        public bool SameFiles(IReadOnlyList<Document> inputs)
        {
            if (inputs.Count != _inputs.Count || _outputs.Length != inputs.Count)
            {
                return false;
            }

            for (var i = 0; i < inputs.Count; i++)
            {
                if (!ReferenceEquals(inputs[i], _inputs[i]) && !string.Equals(inputs[i].Source, _inputs[i].Source, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public Document[] Reuse(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            foreach (var warning in _warnings)
            {
                context.Report(warning);
            }

            var outputs = new Document[inputs.Count];
            var cache = ModuleResults.Of(context);
            for (var i = 0; i < inputs.Count; i++)
            {
                if (ReferenceEquals(inputs[i], _inputs[i]))
                {
                    outputs[i] = _outputs[i];
                    continue;
                }

                outputs[i] = inputs[i].With(Keys.Slug, _slugs[i]);
                if (inputs[i].Source is { } source)
                {
                    cache?.Set(nameof(AssignSlugs), source, inputs[i], _slugs[i], outputs[i], []);
                }
            }

            Remember(inputs, outputs, _slugs, _warnings);
            return outputs;
        }
    }

    // slugs by source path string, remembered while the string is alive (the same one across preview rebuilds)
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Slugs = new();

    internal static string[] Assign(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var slugs = new string[inputs.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = inputs[i].Source ?? "?";
            var slug = Slugs.GetValue(path, p => Slug.From(Path.GetFileNameWithoutExtension(p)));
            var candidate = slug;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{slug}-{n}";
            }

            if (candidate != slug)
            {
                context.Report(Diagnostic.Warning(path, 1, $"another note ({first[slug]}) has the same file name; this one's page is {candidate}/; rename one of them"));
            }
            else
            {
                first[slug] = path;
            }

            slugs[i] = candidate;
        }

        return slugs;
    }
}
