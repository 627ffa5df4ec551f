using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// A build's trace, read back (docs/benchmarks.md, "Fifth figures"). Record one with the JIT build (the native build has no
// EventPipe), for example:
//   dotnet-trace collect --profile gc-verbose -o alloc.nettrace -- src/OneOnOne.Journal/bin/Release/net10.0/OneOnOne.Journal build --root J
//   dotnet-trace collect --profile gc-collect -o gc.nettrace -- (the same command)
// then: dotnet run -c Release --project bench/TraceReport -- allocations alloc.nettrace [FRAME]  — the sampled allocations (one event per ~100 KB) by type, by the first stack
//       frame whose name holds FRAME (default "OneOnOne"), and by both;
//       dotnet run -c Release --project bench/TraceReport -- collections gc.nettrace — every collection: when, generation, reason, pause, and the generations' sizes after it.
if (args.Length < 2 || args[0] is not ("allocations" or "collections"))
{
    Console.Error.WriteLine("usage: TraceReport allocations TRACE [FRAME] | TraceReport collections TRACE");
    return 2;
}

if (args[0] == "allocations")
{
    Allocations(args[1], args.Length > 2 ? args[2] : "OneOnOne");
}
else
{
    Collections(args[1]);
}

return 0;

static void Allocations(string path, string frame)
{
    using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(path));
    var byType = new Dictionary<string, double>();
    var byFrame = new Dictionary<string, double>();
    var byBoth = new Dictionary<string, double>();
    double total = 0;
    foreach (var e in log.Events)
    {
        if (e is not GCAllocationTickTraceData tick)
        {
            continue;
        }

        double amount = tick.AllocationAmount64;
        total += amount;
        var ours = "(no frame of ours)";
        for (var s = e.CallStack(); s is not null; s = s.Caller)
        {
            if (s.CodeAddress.FullMethodName is { } name && name.Contains(frame, StringComparison.Ordinal))
            {
                ours = name;
                break;
            }
        }

        Add(byType, tick.TypeName, amount);
        Add(byFrame, ours, amount);
        Add(byBoth, tick.TypeName + " <- " + ours, amount);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled allocations: {total / 1048576:F0} MiB"));
    Top("by type", byType, total, 25);
    Top("by first frame of ours", byFrame, total, 40);
    Top("type <- frame", byBoth, total, 40);
}

static void Collections(string path)
{
    using var source = new EventPipeEventSource(path);
    double suspended = 0, start = 0, total = 0;
    var generation = -1;
    var reason = "";
    var count = new int[3];
    var pause = new double[3];
    source.Clr.GCSuspendEEStart += e => suspended = e.TimeStampRelativeMSec;
    source.Clr.GCStart += e => (generation, reason, start) = (e.Depth, e.Reason.ToString(), e.TimeStampRelativeMSec);
    source.Clr.GCHeapStats += e => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    after: gen0 {Mb(e.GenerationSize0)} MB, gen1 {Mb(e.GenerationSize1)} MB, gen2 {Mb(e.GenerationSize2)} MB, large {Mb(e.GenerationSize3)} MB; promoted from gen0 {Mb(e.TotalPromotedSize0)} MB, gen1 {Mb(e.TotalPromotedSize1)} MB, gen2 {Mb(e.TotalPromotedSize2)} MB"));
    source.Clr.GCRestartEEStop += e =>
    {
        var ms = e.TimeStampRelativeMSec - suspended;
        total += ms;
        if (generation is >= 0 and <= 2)
        {
            count[generation]++;
            pause[generation] += ms;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{start:F0} ms: gen{generation} ({reason}), pause {ms:F1} ms"));
    };
    source.Process();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pauses: {total:F0} ms in all; ") +
        string.Join(", ", Enumerable.Range(0, 3).Select(g => string.Create(CultureInfo.InvariantCulture, $"gen{g} {count[g]} x, {pause[g]:F0} ms"))));
}

static string Mb(double bytes) => (bytes / 1048576).ToString("F1", CultureInfo.InvariantCulture);

static void Add(Dictionary<string, double> totals, string key, double amount) => totals[key] = totals.GetValueOrDefault(key) + amount;

static void Top(string title, Dictionary<string, double> totals, double all, int n)
{
    Console.WriteLine($"== {title}");
    foreach (var (key, amount) in totals.OrderByDescending(kv => kv.Value).Take(n))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100 * amount / all,5:F1} % {amount / 1048576,7:F0} MiB  {key}"));
    }
}
