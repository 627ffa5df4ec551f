// The notes stage of a full build, measured alone: the model pipelines (People, MeetingTypes, Notes with
// ReadFiles -> RemovePrivateContent -> ParseFrontMatter -> ResolveWikiLinks -> RenderMarkdown -> CreateNotes,
// then BuildJournal), then the search index over the notes (SearchDocuments + SearchIndexWriter, nothing written).
// Prints CPU time, allocated bytes, the live heap after the model (after a full blocking GC, with the pipeline
// outputs still held as a build holds them) and the peak working set.
// Usage: dotnet bench/NotesStage/bin/Release/net10.0/NotesStage.dll <journal root> [<theme folder>]
using System.Diagnostics;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Search;
using OneOnOne.Journal.Theming;

var root = Path.GetFullPath(args[0]);
var options = BuildOptions.ForRoot(root, today: new DateOnly(2026, 11, 22));
if (args.Length > 1)
{
    options = options with { ThemePath = Path.GetFullPath(args[1]) };
}

var settingsFile = Path.Combine(root, "settings.yml");
var settings = File.Exists(settingsFile) ? JournalSettings.Parse(File.ReadAllText(settingsFile)).Settings : new JournalSettings();
var theme = Theme.Load(options.ThemePath);
var process = Process.GetCurrentProcess();
GC.Collect();
var allocated0 = GC.GetTotalAllocatedBytes(true);
var cpu0 = process.TotalProcessorTime;
var watch = Stopwatch.StartNew();
var context = new PipelineContext(options, settings, theme);
await new PipelineEngine(SitePipelines.CreateModel(context)).RunAsync(context);
var modelMs = watch.ElapsedMilliseconds;
var allocated1 = GC.GetTotalAllocatedBytes(true);
process.Refresh();
var cpu1 = process.TotalProcessorTime;
var live = GC.GetTotalMemory(forceFullCollection: true);
var allocated1b = GC.GetTotalAllocatedBytes(true);
watch.Restart();
var shards = new SearchIndexWriter().Write(SearchDocuments.From(BuildJournal.From(context)));
var searchMs = watch.ElapsedMilliseconds;
var allocated2 = GC.GetTotalAllocatedBytes(true);
process.Refresh();
var cpu2 = process.TotalProcessorTime;
Console.WriteLine($"notes stage (model pipelines): {modelMs} ms wall, {(cpu1 - cpu0).TotalSeconds:F2} s CPU, {(allocated1 - allocated0) / 1e6:F0} MB allocated; live heap after it: {live / 1e6:F0} MB");
Console.WriteLine($"search index: {searchMs} ms wall, {(cpu2 - cpu1).TotalSeconds:F2} s CPU, {(allocated2 - allocated1b) / 1e6:F0} MB allocated, {shards.Count} files");
Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1e6:F0} MB; notes: {BuildJournal.From(context).Notes.Count}");
GC.KeepAlive(context);
