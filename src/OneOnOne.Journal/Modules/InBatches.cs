using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Runs its modules on consecutive slices of at most <paramref name="size"/> input documents, as many
/// slices at once as there are cores (<see cref="SlicesAtOnce"/>), and returns every slice's outputs in order reduced to their source and
/// destination (no content, model, bytes or other metadata: 150,000 pages of a big journal would
/// otherwise keep their metadata alive to the end of the build). Made for the render-and-write end of a page pipeline, whose modules each work per document:
/// a family of 10,000 pages then holds one slice's HTML at a time instead of all of it in every
/// stage's copy (render, resolve links, UTF-8 bytes), which is what bounds a full build's memory.
/// When the first module is an <see cref="IDocumentStream"/> (<see cref="CreatePages"/>), the slices
/// are taken from its stream as they are made, so its outputs (page models) are alive one slice at a
/// time too. Only use it where nothing after it needs the documents' content, or set
/// <see cref="KeepOutputs"/> (the notes stage: each slice's outputs are small, the intermediate text of
/// the modules inside is what must not be alive for every note at once).
/// </summary>
/// <param name="size">The most documents per slice; at least 1.</param>
/// <param name="modules">The modules to run on each slice, in order (the first may be a stream that makes the slices).</param>
public sealed class InBatches(int size, params IModule[] modules) : IModule
{
    /// <summary>Return the outputs of the slices whole (all metadata) instead of only source and destination.</summary>
    public bool KeepOutputs { get; init; }

    /// <summary>How many slices are worked on at once: one per core, so that while one slice waits at the end of a module for its slowest document (or for the stream to make the next slice's pages, which happens on one thread), the other cores have another slice to work on.</summary>
    public static int SlicesAtOnce { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var (source, stages) = modules is [IDocumentStream stream, .. var rest]
            ? (stream.Stream(inputs, context), rest)
            : ((IEnumerable<Document>)inputs, modules);
        using var chunks = source.Chunk(size).GetEnumerator();
        var gate = new Lock();
        var done = new List<(int Index, List<Document> Outputs)>();
        var taken = 0;

        // each worker takes the next slice (the stream makes it, one worker at a time) and runs every module on it
        async Task WorkAsync()
        {
            while (true)
            {
                Document[] chunk;
                int index;
                lock (gate)
                {
                    if (!chunks.MoveNext())
                    {
                        return;
                    }

                    (chunk, index) = (chunks.Current, taken++);
                }

                IReadOnlyList<Document> slice = chunk;
                foreach (var module in stages)
                {
                    slice = await module.ExecuteAsync(slice, context).ConfigureAwait(false);
                }

                var outputs = new List<Document>(slice.Count);
                foreach (var d in slice)
                {
                    outputs.Add(KeepOutputs ? d : Document.Create(d.Source, d.Destination, ""));
                }

                lock (gate)
                {
                    done.Add((index, outputs));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, SlicesAtOnce).Select(_ => Task.Run(WorkAsync))).ConfigureAwait(false);
        var all = new List<Document>(inputs.Count);
        foreach (var (_, outputs) in done.OrderBy(d => d.Index))
        {
            all.AddRange(outputs);
        }

        return all;
    }
}
