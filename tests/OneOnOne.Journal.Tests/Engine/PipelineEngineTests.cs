using OneOnOne.Journal.Engine;

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
            new("Model", [], [new Step("Model", probe)]) { Phase = Phase.Input },
            new("P1", ["Model"], [new Step("P1", probe)]) { Lane = "pages" },
            new("P2", ["Model"], [new Step("P2", probe)]) { Lane = "pages", Phase = Phase.EarlyOutput },
            new("P3", ["Model"], [new Step("P3", probe)]) { Lane = "pages" },
        };
        var context = NewContext();
        var engine = new PipelineEngine(pipelines);

        await engine.RunAsync(context, null, Phase.EarlyOutput);
        Assert.Equal(["Model", "P2"], probe.Started);

        await engine.RunAsync(context);
        Assert.Equal(["Model", "P2", "P1", "P3"], probe.Started);
        Assert.Equal(1, probe.MostAtOnce);
        Assert.Equal(["Model", "P1", "P2", "P3"], engine.Timings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Phases_run_in_order_whatever_order_the_pipelines_are_listed_in_and_even_without_dependencies()
    {
        // no dependencies and no lanes: only the phases order them, and nothing of a later phase may start early
        var probe = new Probe();
        var pipelines = new List<Pipeline>
        {
            new("Late", [], [new Step("Late", probe)]) { Phase = Phase.Output },
            new("Early", [], [new Step("Early", probe)]) { Phase = Phase.EarlyOutput },
            new("Read", [], [new Step("Read", probe)]) { Phase = Phase.Input },
        };
        var context = NewContext();

        await new PipelineEngine(pipelines).RunAsync(context);

        Assert.Equal(["Read", "Early", "Late"], probe.Started);
        Assert.Equal(1, probe.MostAtOnce);
    }

    [Fact]
    public async Task A_run_through_a_phase_leaves_the_later_phases_for_the_next_run()
    {
        var probe = new Probe();
        var pipelines = new List<Pipeline>
        {
            new("Read", [], [new Step("Read", probe)]) { Phase = Phase.Input },
            new("Pages", ["Read"], [new Step("Pages", probe)]),
        };
        var context = NewContext();
        var engine = new PipelineEngine(pipelines);

        await engine.RunAsync(context, null, Phase.Input);
        Assert.Equal(["Read"], probe.Started);
        Assert.False(context.Outputs.ContainsKey("Pages"));

        // a second run does not run the first phase again
        await engine.RunAsync(context, null, Phase.Output);
        Assert.Equal(["Read", "Pages"], probe.Started);
    }

    [Fact]
    public void A_pipeline_cannot_depend_on_one_of_a_later_phase()
    {
        var pipelines = new List<Pipeline>
        {
            new("Model", ["Pages"], []) { Phase = Phase.Input },
            new("Pages", [], []) { Phase = Phase.Output },
        };

        var error = Assert.Throws<InvalidOperationException>(() => new PipelineEngine(pipelines));
        Assert.Contains("'Model' (Input) depends on 'Pages', which runs later (Output)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_declares_a_phase_for_every_pipeline_and_its_first_phases_are_the_model_and_the_pages_a_save_shows()
    {
        var pipelines = OneOnOne.Journal.Pipelines.SitePipelines.Create(Testing.TestPipelineContext.Empty());
        _ = new PipelineEngine(pipelines); // every dependency is of the same phase or an earlier one

        Assert.Equal(["Journal", "MeetingTypes", "Notes", "People"], pipelines.Where(p => p.Phase == Phase.Input).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Assets", "NotePages", "PeoplePages"], pipelines.Where(p => p.Phase == Phase.EarlyOutput).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(16, pipelines.Count);
    }

    // the steps read no files: an empty journal in memory only supplies valid options and settings
    private static PipelineContext NewContext() => Testing.TestPipelineContext.Empty();

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
