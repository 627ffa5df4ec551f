using System.Threading.Channels;
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
/// are taken from its stream as they are made, on a thread of its own and at most <see cref="SlicesAtOnce"/> slices
/// ahead of the workers, so its outputs (page models) are alive a few slices at a time too. Only use it where
/// nothing after it needs the documents' content, or set <see cref="KeepOutputs"/> (the notes stage: each slice's
/// outputs are small, the intermediate text of the modules inside is what must not be alive for every note at once).
/// </summary>
/// <param name="size">The most documents per slice; at least 1.</param>
/// <param name="modules">The modules to run on each slice, in order (the first may be a stream that makes the slices).</param>
public sealed class InBatches(int size, params IModule[] modules) : IModule
{
    /// <summary>Return the outputs of the slices whole (all metadata) instead of only source and destination.</summary>
    public bool KeepOutputs { get; init; }

    /// <summary>How many slices are worked on at once: one per core, so that while one slice waits at the end of a module for its slowest document, the other cores have another slice to work on; and how many slices the stream makes ahead of them.</summary>
    public static int SlicesAtOnce { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var (source, stages) = modules is [IDocumentStream stream, .. var rest]
            ? (stream.Stream(inputs, context), rest)
            : ((IEnumerable<Document>)inputs, modules);

        // the slices are made on a thread of their own, at most SlicesAtOnce ahead of the workers: a worker that
        // took the next slice from the stream itself kept the other one waiting while it made the page models, which
        // left a core idle for a third of the note pages' phase (docs/benchmarks.md, "Native build (issue #19)"); the
        // bound keeps no more slices' models alive than before plus that many
        var slices = Channel.CreateBounded<(Document[] Chunk, int Index)>(new BoundedChannelOptions(SlicesAtOnce) { SingleWriter = true });
        using var stop = new CancellationTokenSource();

        // a thread of its own (LongRunning), blocked while the channel is full: on a pool thread it would wait for the
        // pool to grow while both workers held the pool's two threads
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var index = 0;
                    foreach (var chunk in source.Chunk(size))
                    {
                        var item = (chunk, index++);
                        if (!slices.Writer.TryWrite(item))
                        {
                            slices.Writer.WriteAsync(item, stop.Token).AsTask().GetAwaiter().GetResult();
                        }
                    }

                    slices.Writer.Complete();
                }
                catch (Exception e)
                {
                    // the stream failed (the workers rethrow it), or every worker did (and nobody reads any more)
                    slices.Writer.Complete(e);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var gate = new Lock();
        var done = new List<(int Index, List<Document> Outputs)>();

        // each worker takes the next slice made and runs every module on it
        async Task WorkAsync()
        {
            try
            {
                await foreach (var (chunk, index) in slices.Reader.ReadAllAsync().ConfigureAwait(false))
                {
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
            catch
            {
                // a slice failed: the stream stops making more rather than wait for a reader
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        var workers = Task.WhenAll(Enumerable.Range(0, SlicesAtOnce).Select(_ => Task.Run(WorkAsync)));
        try
        {
            await workers.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (workers.Exception?.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } failed)
        {
            // the worker that failed stopped the stream, which the others then saw as cancelled: its failure is the one to report
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }

        await producer.ConfigureAwait(false);
        var all = new List<Document>(inputs.Count);
        foreach (var (_, outputs) in done.OrderBy(d => d.Index))
        {
            all.AddRange(outputs);
        }

        return all;
    }
}
