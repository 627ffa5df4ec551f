using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Gives every note document a slug unique in the journal (<see cref="Keys.Slug"/>), from its file stem
/// (<see cref="Slug.From"/>): when two files share a stem, the later one (by path) gets <c>-2</c>,
/// <c>-3</c>... and a warning naming the other file (DESIGN.md, "URLs": <c>/notes/&lt;yyyy&gt;/&lt;file stem&gt;/</c>).
/// It looks at all notes at once, so that the modules after it can work on slices of them
/// (<see cref="InBatches"/>). In preview (<see cref="PipelineContext.Cache"/>) an unchanged file with an
/// unchanged slug gets the same document object as in the previous build, so the caches after it still hit.
/// </summary>
public sealed class AssignSlugs : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var slugs = Assign(inputs, context);
        var outputs = new Document[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var doc = inputs[i];
            var cache = context.Cache;
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

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
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
