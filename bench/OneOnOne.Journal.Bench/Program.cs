using System.CommandLine;
using OneOnOne.Journal.Bench;

var root = new RootCommand("OneOnOne.Journal benchmarks: a deterministic synthetic journal generator and the preview latency benchmark");
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(PreviewLatencyCommand.Create());
return await root.Parse(args).InvokeAsync();
