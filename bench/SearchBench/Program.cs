using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Search;
using OneOnOne.Journal.SearchBench;

// Search benchmark (issue 4). Usage:
//   dotnet run -c Release --project bench/SearchBench -- <work dir> <theme dir> [pagefind binary] [people] [notes per person]
var work = Path.GetFullPath(args[0]);
var themePath = Path.GetFullPath(args[1]);
var pagefind = args.Length > 2 && args[2].Length > 0 ? args[2] : null;
var people = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200;
var perPerson = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50;
var ci = CultureInfo.InvariantCulture;
var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

if (Environment.GetEnvironmentVariable("SEARCH_PROFILE") is not null)
{
    // index only, on an existing synthetic journal: the model pipelines, then the writer three times
    var existing = Path.Combine(work, "journal");
    var opts = new BuildOptions { RootPath = existing, OutputPath = Path.Combine(work, "profile-out"), ThemePath = themePath, Today = new DateOnly(2024, 1, 1) };
    var context = new OneOnOne.Journal.Engine.PipelineContext(opts, JournalSettings.Parse(File.ReadAllText(Path.Combine(existing, "settings.yml"))).Settings, OneOnOne.Journal.Theming.Theme.Load(themePath));
    var model = OneOnOne.Journal.Pipelines.SitePipelines.Create(context).Where(p => p.Name is "People" or "MeetingTypes" or "Notes" or "Journal").ToList();
    await new OneOnOne.Journal.Engine.PipelineEngine(model).RunAsync(context);
    var j = BuildJournal.From(context);
    for (var i = 0; i < 3; i++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var w = Stopwatch.StartNew();
        var d = SearchDocuments.From(j);
        Console.WriteLine("documents " + w.ElapsedMilliseconds);
        new SearchIndexWriter().Write(d);
        Console.WriteLine("total " + w.ElapsedMilliseconds + " cpu " + (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    return 0;
}

if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

var root = Path.Combine(work, "journal");
SyntheticJournal.Write(root, people, perPerson);
var output = Path.Combine(root, "output");
var options = new BuildOptions { RootPath = root, OutputPath = output, ThemePath = themePath, Today = new DateOnly(2024, 1, 1) };
var build = await SiteBuilder.BuildAsync(options);
if (build.Refused is not null || build.Journal is null)
{
    Console.Error.WriteLine("build refused: " + build.Refused);
    return 1;
}

var journal = build.Journal;
Line($"Synthetic journal: {people} people x {perPerson} notes = {journal.Notes.Count} notes; whole site build {build.Elapsed.TotalSeconds.ToString("0.00", ci)} s ({build.Pages} files)");

// index build: documents + shards in memory (what the SearchIndex pipeline does before WriteFiles)
var runs = new List<double>();
var cpuRuns = new List<double>();
IReadOnlyList<SearchShard> shards = [];
for (var i = 0; i < 7; i++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    shards = new SearchIndexWriter().Write(SearchDocuments.From(journal));
    runs.Add(watch.Elapsed.TotalMilliseconds);
    cpuRuns.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
}

var writeDir = Path.Combine(work, "write-test");
var writeWatch = Stopwatch.StartNew();
Parallel.ForEach(shards, s => WriteFiles.Write(writeDir, s.Path, Encoding.UTF8.GetBytes(s.Content)));
var writeMs = writeWatch.Elapsed.TotalMilliseconds;
var sorted = runs.Skip(1).Order().ToList();
var searchDir = Path.Combine(output, "search");
var files = Directory.GetFiles(searchDir);
long Size(string pattern) => Directory.GetFiles(searchDir, pattern).Sum(f => new FileInfo(f).Length);
var total = files.Sum(f => new FileInfo(f).Length);
var termFiles = Directory.GetFiles(searchDir, "terms-*.js").Select(f => new FileInfo(f).Length).Order().ToList();
var cpuSorted = cpuRuns.Skip(1).Order().ToList();
Line($"Index build (documents + shards, in memory, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}): first run {runs[0].ToString("0", ci)} ms, median of 6 warm runs {sorted[sorted.Count / 2].ToString("0", ci)} ms wall, {cpuSorted[cpuSorted.Count / 2].ToString("0", ci)} ms CPU (all threads); writing {shards.Count} files to an empty folder {writeMs.ToString("0", ci)} ms");
Line($"Index size: {files.Length} files, {Kb(total)} total (terms {Kb(Size("terms-*.js"))} in {termFiles.Count} files, median {Kb(termFiles[termFiles.Count / 2])}, largest {Kb(termFiles[^1])}; docs {Kb(Size("docs-*.js"))}; facets {Kb(Size("f-*.js"))}; meta.js {Kb(Size("meta.js"))}; dates.js {Kb(Size("dates.js"))})");

// Pagefind over the same output
string? pagefindDir = null;
double pagefindMs = 0;
if (pagefind is not null)
{
    var watch = Stopwatch.StartNew();
    var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", output, "--output-subdir", "pagefind"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
    var stdout = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    pagefindMs = watch.Elapsed.TotalMilliseconds;
    pagefindDir = Path.Combine(output, "pagefind");
    var pf = Directory.GetFiles(pagefindDir, "*", SearchOption.AllDirectories);
    Line($"Pagefind {Version(pagefind)}: index build {(pagefindMs / 1000).ToString("0.00", ci)} s (whole process, all {build.Pages} output files scanned), {pf.Length} files, {Kb(pf.Sum(f => new FileInfo(f).Length))} total");
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine(stdout);
    }

    File.WriteAllText(Path.Combine(output, "pagefind-bench.html"), "<!DOCTYPE html><html><head><meta charset=utf-8><title>pagefind bench</title></head><body></body></html>");
}

// Chromium against a local static server
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
var app = builder.Build();
var provider = new PhysicalFileProvider(output);
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
app.UseStaticFiles(new StaticFileOptions { FileProvider = provider, ServeUnknownFileTypes = true });
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });

var word = "reorg";
var typed = "calibr";
Line("");
Line("| Chromium, http://127.0.0.1 (no HTTP compression) | ours: bytes loaded | ours: time to results | ours: once loaded | Pagefind: bytes loaded | Pagefind: time to results | Pagefind: once loaded |");
Line("| --- | --- | --- | --- | --- | --- | --- |");
var oursWord = await Ours(word, typeIt: false);
var oursTyped = await Ours(typed, typeIt: true);
(long Bytes, double Ms, double WarmMs, int Count)? pfWord = pagefindDir is null ? null : await Pagefind([word]);
(long Bytes, double Ms, double WarmMs, int Count)? pfTyped = pagefindDir is null ? null : await Pagefind([.. Enumerable.Range(1, typed.Length).Select(n => typed[..n])]);
Line($"| first single-word query `{word}` ({oursWord.Count} results) | {Kb(oursWord.Bytes)} | {oursWord.Ms.ToString("0", ci)} ms | {oursWord.WarmMs.ToString("0.0", ci)} ms | {Pf(pfWord)} |");
Line($"| typed prefix `{typed}`, one key at a time ({oursTyped.Count} results) | {Kb(oursTyped.Bytes)} | {oursTyped.Ms.ToString("0", ci)} ms | {oursTyped.WarmMs.ToString("0.0", ci)} ms | {Pf(pfTyped)} |");
Line("");
Line($"Ours, files for `{word}`: {string.Join(", ", oursWord.Files)}");
Line($"Ours, files for `{typed}`: {string.Join(", ", oursTyped.Files)}");
File.WriteAllText(Path.Combine(work, "report.md"), report.ToString());
await app.StopAsync();
return 0;

string Pf((long Bytes, double Ms, double WarmMs, int Count)? r) =>
    r is { } x ? $"{Kb(x.Bytes)} | {x.Ms.ToString("0", ci)} ms ({x.Count} results) | {x.WarmMs.ToString("0.0", ci)} ms" : "n/a | n/a | n/a";

async Task<(long Bytes, double Ms, double WarmMs, int Count, List<string> Files)> Ours(string query, bool typeIt)
{
    var page = await browser.NewPageAsync();
    await page.GotoAsync(baseUrl + "search/index.html");
    var requested = new List<string>();
    page.Request += (_, r) => requested.Add(new Uri(r.Url).AbsolutePath);
    var started = Stopwatch.StartNew();
    if (typeIt)
    {
        await page.FocusAsync("#search-q");
        await page.Keyboard.TypeAsync(query, new() { Delay = 120 });
    }
    else
    {
        await page.FillAsync("#search-q", query);
    }

    await page.Locator($"#search-results[data-query=\"{query}\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    var timing = await page.EvaluateAsync<JsonElement>("() => window.__oneononeSearch.lastTiming");
    var count = await page.Locator("#search-status").InnerTextAsync();
    // once the shards are loaded: the same query again, from cache (match + render)
    var warm = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        await page.FillAsync("#search-q", "");
        await page.FillAsync("#search-q", query);
        await page.Locator($"#search-results[data-query=\"{query}\"]:not([aria-busy])").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        warm.Add((await page.EvaluateAsync<JsonElement>("() => window.__oneononeSearch.lastTiming")).GetProperty("totalMs").GetDouble());
    }

    var loaded = requested.Where(p => p.StartsWith("/search/", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal)).Distinct().ToList();
    var bytes = loaded.Sum(p => new FileInfo(Path.Combine(output, p.TrimStart('/'))).Length);
    await page.CloseAsync();
    return (bytes, timing.GetProperty("totalMs").GetDouble(), warm.Order().ElementAt(2), int.Parse(count.Split(' ')[0], ci), loaded.Select(p => p["/search/".Length..]).ToList());
}

async Task<(long Bytes, double Ms, double WarmMs, int Count)> Pagefind(string[] queries)
{
    var page = await browser.NewPageAsync();
    await page.GotoAsync(baseUrl + "pagefind-bench.html");
    var requested = new List<string>();
    page.Request += (_, r) => requested.Add(new Uri(r.Url).AbsolutePath);
    var result = await page.EvaluateAsync<JsonElement>(@"async (queries) => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.init();
        let last = 0, count = 0;
        for (const q of queries) {
          const t0 = performance.now();
          const s = await pf.search(q);
          await Promise.all(s.results.slice(0, 10).map(r => r.data()));
          last = performance.now() - t0; count = s.results.length;
          await new Promise(r => setTimeout(r, 120));
        }
        const q = queries[queries.length - 1];
        const warm = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          const s = await pf.search(q);
          await Promise.all(s.results.slice(0, 10).map(r => r.data()));
          warm.push(performance.now() - t0);
        }
        warm.sort((a, b) => a - b);
        return { last, count, warm: warm[2] };
    }", queries);
    var bytes = requested.Where(p => p.StartsWith("/pagefind/", StringComparison.Ordinal)).Distinct()
        .Sum(p => new FileInfo(Path.Combine(output, p.TrimStart('/'))).Length);
    await page.CloseAsync();
    return (bytes, result.GetProperty("last").GetDouble(), result.GetProperty("warm").GetDouble(), result.GetProperty("count").GetInt32());
}

static string Kb(long bytes) => bytes >= 1024 * 1024
    ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
    : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

static string Version(string binary)
{
    var p = Process.Start(new ProcessStartInfo(binary, "--version") { RedirectStandardOutput = true })!;
    var text = p.StandardOutput.ReadToEnd().Trim();
    p.WaitForExit();
    return text;
}
