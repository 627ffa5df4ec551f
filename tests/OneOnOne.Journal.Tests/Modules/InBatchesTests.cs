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

    // the modules read no files: an empty journal in memory only supplies valid options and settings
    private static PipelineContext NewContext() => Testing.TestPipelineContext.Empty();

    private sealed class Callback(Func<IReadOnlyList<Document>, Task<IReadOnlyList<Document>>> run) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => run(inputs);
    }
}
