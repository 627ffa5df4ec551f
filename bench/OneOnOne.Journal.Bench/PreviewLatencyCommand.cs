using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace OneOnOne.Journal.Bench;

/// <summary>
/// <c>preview-latency</c>: generates a journal (and its Hugo mirror), starts <c>preview</c> and
/// <c>hugo server</c>, edits the same note in both a number of times, and reports the time from each
/// save to the reload event reaching a connected SSE client, next to Hugo's own "Total in N ms".
/// The event counted is the first one that would reload a page showing the edited note (its data lists
/// the note's page, or every page); the time to the end of the whole rebuild is reported beside it.
/// </summary>
internal static partial class PreviewLatencyCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { DefaultValueFactory = _ => 200 };
        var notes = new Option<int>("--notes-per-person") { DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var edits = new Option<int>("--edits") { DefaultValueFactory = _ => 20 };
        var work = new Option<string?>("--work") { Description = "Folder for the generated journal (default: a new temp folder)" };
        var app = new Option<string>("--app") { Description = "Path of OneOnOne.Journal.dll (build it in Release first)", Required = true };
        var theme = new Option<string>("--theme") { Description = "The theme folder to copy into the journal", Required = true };
        var hugo = new Option<string>("--hugo") { DefaultValueFactory = _ => "/usr/bin/hugo" };
        var noHugo = new Option<bool>("--no-hugo") { Description = "Measure preview only (while iterating; the report needs Hugo's figures)" };
        var command = new Command("preview-latency", "Measure save-to-reload latency of preview against hugo server's rebuild time");
        foreach (var o in new Option[] { people, notes, seed, edits, work, app, theme, hugo, noHugo })
        {
            command.Options.Add(o);
        }

        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(people), parse.GetValue(notes), parse.GetValue(seed), parse.GetValue(edits),
            parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "oneonone-bench-" + Guid.NewGuid().ToString("N")[..8]),
            Path.GetFullPath(parse.GetValue(app)!), Path.GetFullPath(parse.GetValue(theme)!), parse.GetValue(noHugo) ? null : parse.GetValue(hugo)!, cancel));
        return command;
    }

    private static async Task<int> RunAsync(int people, int notesPerPerson, int seed, int edits, string work, string app, string theme, string? hugo, CancellationToken cancel)
    {
        var root = Path.Combine(work, "journal");
        var hugoRoot = Path.Combine(work, "hugo");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var written = JournalGenerator.Generate(new GeneratorOptions(people, notesPerPerson, seed), root, hugoRoot);
        CopyDirectory(theme, Path.Combine(root, "theme"));
        var note = written[written.Count / 2];
        var stem = Path.GetFileNameWithoutExtension(note);
        var personId = stem[11..];
        var notePath = Path.Combine(root, note);
        var hugoPath = JournalGenerator.HugoPathOf(hugoRoot, note, personId);
        Console.Error.WriteLine($"{written.Count} notes generated in {work}; editing {note}");

        var ours = await MeasurePreviewAsync(app, root, notePath, stem, edits, cancel);
        Console.WriteLine();
        Console.WriteLine($"journal: {people} people x {notesPerPerson} notes = {written.Count} notes, seed {seed}, {edits} edits of {note}");
        Console.WriteLine($"preview save -> reload event at an SSE client: median {Median(ours.Latencies):0} ms, max {ours.Latencies.Max():0} ms, min {ours.Latencies.Min():0} ms (first build {ours.FirstBuildMs:0} ms)");
        Console.WriteLine($"preview save -> whole rebuild done ('rebuilt in' line seen): median {Median(ours.Complete):0} ms, max {ours.Complete.Max():0} ms");
        Console.WriteLine($"preview rebuild time reported: median {Median(ours.Rebuilds):0} ms, max {ours.Rebuilds.Max():0} ms");
        Console.WriteLine("all edits: preview " + string.Join(" ", ours.Latencies.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        Console.WriteLine("all edits: preview rebuild done " + string.Join(" ", ours.Complete.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        if (hugo is null)
        {
            Console.WriteLine($"load average at the end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}, {Environment.ProcessorCount} cores");
            Directory.Delete(work, recursive: true);
            return 0;
        }

        var theirs = await MeasureHugoAsync(hugo, hugoRoot, hugoPath, edits, fullRender: false, cancel);
        var theirsFull = await MeasureHugoAsync(hugo, hugoRoot, hugoPath, edits, fullRender: true, cancel);

        Console.WriteLine();
        Console.WriteLine($"journal: {people} people x {notesPerPerson} notes = {written.Count} notes, seed {seed}, {edits} edits of {note}");
        Console.WriteLine($"preview save -> reload event at an SSE client: median {Median(ours.Latencies):0} ms, max {ours.Latencies.Max():0} ms, min {ours.Latencies.Min():0} ms (first build {ours.FirstBuildMs:0} ms)");
        Console.WriteLine($"preview save -> whole rebuild done ('rebuilt in' line seen): median {Median(ours.Complete):0} ms, max {ours.Complete.Max():0} ms");
        Console.WriteLine($"preview rebuild time reported: median {Median(ours.Rebuilds):0} ms, max {ours.Rebuilds.Max():0} ms");
        Console.WriteLine($"hugo server 'Total in N ms': median {Median(theirs.Totals):0} ms, max {theirs.Totals.Max():0} ms (save -> log line: median {Median(theirs.Observed):0} ms) (first build {theirs.FirstBuildMs:0} ms)");
        Console.WriteLine($"hugo server --disableFastRender 'Total in N ms': median {Median(theirsFull.Totals):0} ms, max {theirsFull.Totals.Max():0} ms (save -> log line: median {Median(theirsFull.Observed):0} ms)");
        Console.WriteLine($"ratio preview median / hugo median: {Median(ours.Latencies) / Median(theirs.Totals):0.00} (against --disableFastRender: {Median(ours.Latencies) / Median(theirsFull.Totals):0.00})");
        Console.WriteLine($"load average at the end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}, {Environment.ProcessorCount} cores");
        Console.WriteLine("all edits: preview " + string.Join(" ", ours.Latencies.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        Console.WriteLine("all edits: preview rebuild done " + string.Join(" ", ours.Complete.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        Console.WriteLine("all edits: hugo    " + string.Join(" ", theirs.Totals.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        Console.WriteLine("all edits: hugo --disableFastRender " + string.Join(" ", theirsFull.Totals.Select(l => l.ToString("0", CultureInfo.InvariantCulture))));
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private sealed record PreviewFigures(List<double> Latencies, List<double> Complete, List<double> Rebuilds, double FirstBuildMs);

    private sealed record HugoFigures(List<double> Totals, List<double> Observed, double FirstBuildMs);

    private static async Task<PreviewFigures> MeasurePreviewAsync(string app, string root, string notePath, string stem, int edits, CancellationToken cancel)
    {
        var port = FreePort();
        var lines = Channel.CreateUnbounded<string>();
        var start = Stopwatch.StartNew();
        using var process = Start("dotnet", [app, "preview", "--root", root, "--port", port.ToString(CultureInfo.InvariantCulture), "--today", "2026-06-30"], lines, root);
        try
        {
            await WaitForLineAsync(lines, l => l.Contains("Serving http", StringComparison.Ordinal), TimeSpan.FromMinutes(10), cancel);
            var firstBuild = start.Elapsed.TotalMilliseconds;
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
            var events = Channel.CreateUnbounded<(long At, string Data)>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var reader = ReadEventsAsync(http, events, stop.Token);
            await Task.Delay(500, cancel); // let the event stream connect
            var latencies = new List<double>();
            var rebuilds = new List<double>();
            var complete = new List<double>();
            var year = stem[..4];
            var noteUrl = $"\"/notes/{year}/{stem}/\"";
            for (var i = 1; i <= edits; i++)
            {
                var marker = $"Benchmark edit {i} marker";
                var text = await File.ReadAllTextAsync(notePath, cancel);
                while (events.Reader.TryRead(out _))
                {
                    // events of the previous edit's later stage
                }

                var before = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(notePath, text + $"\n{marker}.\n", cancel);
                long at;
                while (true)
                {
                    // the first event that reloads a page showing this note: it lists the page, or every page ("pages":null)
                    var (time, data) = await events.Reader.ReadAsync(cancel).AsTask().WaitAsync(TimeSpan.FromSeconds(60), cancel);
                    if (!data.Contains("\"pages\":[", StringComparison.Ordinal) || data.Contains(noteUrl, StringComparison.Ordinal))
                    {
                        at = time;
                        break;
                    }
                }

                latencies.Add((at - before) * 1000.0 / Stopwatch.Frequency);
                if (await WaitForLineAsync(lines, l => l.Contains("rebuilt in", StringComparison.Ordinal), TimeSpan.FromSeconds(60), cancel) is { } rebuilt
                    && RebuiltMs().Match(rebuilt) is { Success: true } m)
                {
                    complete.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                    rebuilds.Add(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                }

                var page = await http.GetStringAsync($"notes/{year}/{stem}/", cancel);
                if (!page.Contains(marker, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"edit {i}: the reloaded page does not show the change");
                }

                Console.Error.WriteLine($"preview edit {i}: {latencies[^1]:0} ms");
                await Task.Delay(300, cancel);
            }

            await stop.CancelAsync();
            return new PreviewFigures(latencies, complete, rebuilds, firstBuild);
        }
        finally
        {
            Stop(process);
        }
    }

    private static async Task ReadEventsAsync(HttpClient http, Channel<(long At, string Data)> events, CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync("__oneonone/events", HttpCompletionOption.ResponseHeadersRead, cancel);
            using var stream = new StreamReader(await response.Content.ReadAsStreamAsync(cancel));
            long? reloadAt = null;
            while (await stream.ReadLineAsync(cancel) is { } line)
            {
                if (line == "event: reload")
                {
                    reloadAt = Stopwatch.GetTimestamp();
                }
                else if (reloadAt is { } at && line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    events.Writer.TryWrite((at, line[6..]));
                    reloadAt = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<HugoFigures> MeasureHugoAsync(string hugo, string hugoRoot, string notePath, int edits, bool fullRender, CancellationToken cancel)
    {
        var port = FreePort();
        var lines = Channel.CreateUnbounded<string>();
        var start = Stopwatch.StartNew();
        string[] args = ["server", "--source", hugoRoot, "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture)];
        using var process = Start(hugo, fullRender ? [.. args, "--disableFastRender"] : args, lines, hugoRoot);
        try
        {
            await WaitForLineAsync(lines, l => l.Contains("Web Server is available", StringComparison.Ordinal), TimeSpan.FromMinutes(10), cancel);
            var firstBuild = start.Elapsed.TotalMilliseconds;
            await Task.Delay(500, cancel);
            var totals = new List<double>();
            var observed = new List<double>();
            for (var i = 1; i <= edits; i++)
            {
                var text = await File.ReadAllTextAsync(notePath, cancel);
                var before = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(notePath, text + $"\nBenchmark edit {i} marker.\n", cancel);
                var line = await WaitForLineAsync(lines, l => HugoTotal().IsMatch(l), TimeSpan.FromSeconds(60), cancel)
                    ?? throw new InvalidOperationException("hugo printed no 'Total in' line");
                observed.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                totals.Add(double.Parse(HugoTotal().Match(line).Groups[1].Value, CultureInfo.InvariantCulture));
                Console.Error.WriteLine($"hugo{(fullRender ? " --disableFastRender" : "")} edit {i}: Total in {totals[^1]:0} ms");
                await Task.Delay(300, cancel);
            }

            return new HugoFigures(totals, observed, firstBuild);
        }
        finally
        {
            Stop(process);
        }
    }

    private static Process Start(string file, string[] args, Channel<string> lines, string workingDirectory)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["CI"] = "1";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lines.Writer.TryWrite(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lines.Writer.TryWrite(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    private static async Task<string?> WaitForLineAsync(Channel<string> lines, Func<string, bool> match, TimeSpan timeout, CancellationToken cancel)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var line = await lines.Reader.ReadAsync(limit.Token);
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"rebuilt in (\d+) ms")]
    private static partial Regex RebuiltMs();

    [GeneratedRegex(@"Total in (\d+(?:\.\d+)?) ms")]
    private static partial Regex HugoTotal();
}
