using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary><see cref="InBatches"/>: every slice goes through every module once, several slices at once, and the outputs keep the inputs' order.</summary>
public sealed class InBatchesTests
{
    [Fact]
    public async Task Slices_finishing_out_of_order_still_give_the_outputs_in_input_order()
    {
        var inputs = Enumerable.Range(0, 103).Select(i => Document.Create($"in/{i:000}", null, "")).ToList();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<int>();

        // the first slices take longest, so with several slices at once the later ones finish first
        var slow = new Callback(async slice =>
        {
            var first = int.Parse(slice[0].Source![3..], System.Globalization.CultureInfo.InvariantCulture);
            await Task.Delay(first < 20 ? 200 : 0);
            return [.. slice.Select(d => d.WithDestination(d.Source + ".html"))];
        });
        var count = new Callback(slice =>
        {
            seen.Enqueue(slice.Count);
            return Task.FromResult<IReadOnlyList<Document>>(slice);
        });

        var outputs = await new InBatches(10, slow, count) { KeepOutputs = true }.ExecuteAsync(inputs, NewContext());

        Assert.Equal(inputs.Select(d => d.Source + ".html"), outputs.Select(d => d.Destination));
        Assert.Equal(103, seen.Sum());
        Assert.Equal(11, seen.Count);
        Assert.True(InBatches.SlicesAtOnce >= 1);
    }

    [Fact]
    public async Task Without_KeepOutputs_only_source_and_destination_are_returned()
    {
        var inputs = Enumerable.Range(0, 5).Select(i => Document.Create($"in/{i}", null, "big content").With("model", new object())).ToList();
        var outputs = await new InBatches(2, new Callback(slice => Task.FromResult<IReadOnlyList<Document>>([.. slice.Select(d => d.WithDestination(d.Source + "/index.html"))]))).ExecuteAsync(inputs, NewContext());

        Assert.Equal(inputs.Select(d => d.Source + "/index.html"), outputs.Select(d => d.Destination));
        Assert.All(outputs, d => Assert.Equal("", d.Content));
        Assert.All(outputs, d => Assert.Empty(d.Metadata));
    }

    [Fact]
    public async Task A_stream_is_read_ahead_of_the_workers_but_never_more_than_a_few_slices()
    {
        // the stream makes the next slices while the workers run the modules (issue #19), on one thread, and stops a few
        // slices ahead, so a family's page models are never all alive at once
        var made = 0;
        var maxAhead = 0;
        var finished = 0;
        var stream = new Pages(() => Enumerable.Range(0, 40).Select(i =>
        {
            var ahead = Interlocked.Increment(ref made) - Volatile.Read(ref finished);
            maxAhead = Math.Max(maxAhead, ahead);
            return Document.Create(null, $"page/{i:00}", "");
        }));
        var slow = new Callback(async slice =>
        {
            await Task.Delay(20);
            Interlocked.Add(ref finished, slice.Count);
            return slice;
        });

        var outputs = await new InBatches(4, stream, slow).ExecuteAsync([], NewContext());

        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"page/{i:00}"), outputs.Select(d => d.Destination));
        // the slices being worked on, the ones waiting in the channel, and the one the stream is making
        Assert.InRange(maxAhead, 4 * (InBatches.SlicesAtOnce + 1), 4 * (2 * InBatches.SlicesAtOnce + 1));
    }

    [Fact]
    public async Task A_failing_slice_is_the_error_reported_and_the_stream_stops()
    {
        var made = 0;
        var stream = new Pages(() => Enumerable.Range(0, 10_000).Select(i =>
        {
            Interlocked.Increment(ref made);
            return Document.Create(null, $"page/{i}", "");
        }));
        var failing = new Callback(slice => slice[0].Destination == "page/8"
            ? throw new InvalidOperationException("slice three failed")
            : Task.FromResult(slice));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new InBatches(4, stream, failing).ExecuteAsync([], NewContext()));

        Assert.Equal("slice three failed", error.Message);
        Assert.True(made < 10_000, $"the stream made all {made} documents after a slice failed");
    }

    [Fact]
    public async Task A_failing_stream_is_the_error_reported()
    {
        var stream = new Pages(() => Enumerable.Range(0, 10).Select(i => i < 6 ? Document.Create(null, $"page/{i}", "") : throw new FormatException("the factory failed")));

        var error = await Assert.ThrowsAsync<FormatException>(() => new InBatches(4, stream, new Callback(Task.FromResult)).ExecuteAsync([], NewContext()));

        Assert.Equal("the factory failed", error.Message);
    }

    // the modules read no files: an empty journal in memory only supplies valid options and settings
    private static PipelineContext NewContext() => Testing.TestPipelineContext.Empty();

    private sealed class Pages(Func<IEnumerable<Document>> make) : IDocumentStream
    {
        public IEnumerable<Document> Stream(IReadOnlyList<Document> inputs, PipelineContext context) => make();

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => Task.FromResult<IReadOnlyList<Document>>([.. make()]);
    }

    private sealed class Callback(Func<IReadOnlyList<Document>, Task<IReadOnlyList<Document>>> run) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => run(inputs);
    }
}
