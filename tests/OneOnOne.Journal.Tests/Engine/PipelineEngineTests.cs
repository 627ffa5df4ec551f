using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary>How the engine schedules pipelines: dependencies, lanes, and runs in stages.</summary>
public sealed class PipelineEngineTests
{
    [Fact]
    public async Task Pipelines_in_one_lane_never_overlap_and_run_in_the_order_given()
    {
        var probe = new Probe();
        var pipelines = new[] { "A", "B", "C", "D" }
            .Select(n => new Pipeline(n, [], [new Step(n, probe)]) { Lane = "pages" })
            .ToList();
        var context = NewContext();

        await new PipelineEngine(pipelines).RunAsync(context);

        Assert.Equal(1, probe.MostAtOnce);
        Assert.Equal(["A", "B", "C", "D"], probe.Started);
        Assert.All(pipelines, p => Assert.Equal(p.Name, Assert.Single(context.OutputOf(p.Name)).Destination));
    }

    [Fact]
    public async Task A_pipeline_without_a_lane_runs_beside_a_lane()
    {
        // B (no lane) must be running while A (in a lane) waits for it: A only finishes once B has started
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sawB = false;
        var pipelines = new List<Pipeline>
        {
            new("A", [], [new Callback(async () => sawB = await Task.WhenAny(bStarted.Task, Task.Delay(TimeSpan.FromSeconds(20))) == bStarted.Task)]) { Lane = "pages" },
            new("B", [], [new Callback(() => { bStarted.SetResult(); return Task.CompletedTask; })]),
        };
        var context = NewContext();

        await new PipelineEngine(pipelines).RunAsync(context);

        Assert.True(sawB);
    }

    [Fact]
    public async Task A_lane_waits_for_dependencies_and_a_staged_run_finishes_the_rest()
    {
        var probe = new Probe();
        var pipelines = new List<Pipeline>
        {
            new("Model", [], [new Step("Model", probe)]),
            new("P1", ["Model"], [new Step("P1", probe)]) { Lane = "pages" },
            new("P2", ["Model"], [new Step("P2", probe)]) { Lane = "pages" },
            new("P3", ["Model"], [new Step("P3", probe)]) { Lane = "pages" },
        };
        var context = NewContext();
        var engine = new PipelineEngine(pipelines);

        await engine.RunAsync(context, null, p => p.Name is "Model" or "P2");
        Assert.Equal(["Model", "P2"], probe.Started);

        await engine.RunAsync(context);
        Assert.Equal(["Model", "P2", "P1", "P3"], probe.Started);
        Assert.Equal(1, probe.MostAtOnce);
        Assert.Equal(["Model", "P1", "P2", "P3"], engine.Timings.Keys.Order(StringComparer.Ordinal));
    }

    private static PipelineContext NewContext()
    {
        // the steps read no files: the journal's folder only supplies valid options and settings
        using var journal = new TempJournal();
        return journal.Context();
    }

    /// <summary>Counts how many steps run at once and the order they start in.</summary>
    private sealed class Probe
    {
        private int _running;

        public List<string> Started { get; } = [];

        public int MostAtOnce { get; private set; }

        public async Task RunAsync(string name)
        {
            var now = Interlocked.Increment(ref _running);
            lock (Started)
            {
                Started.Add(name);
                MostAtOnce = Math.Max(MostAtOnce, now);
            }

            // long enough that two steps started together would overlap
            await Task.Delay(50);
            Interlocked.Decrement(ref _running);
        }
    }

    private sealed class Step(string name, Probe probe) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            await probe.RunAsync(name);
            return [Document.Create(null, name, "")];
        }
    }

    private sealed class Callback(Func<Task> action) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            await action();
            return inputs;
        }
    }
}
