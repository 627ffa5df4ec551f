using System.CommandLine;
using OneOnOne.Journal.Cli;

var common = new CommonOptions();
var root = new RootCommand("OneOnOne.Journal: turns a folder of 1:1 notes into a private, searchable static site");
common.AddTo(root);
root.Subcommands.Add(BuildCommand.Create(common));
root.Subcommands.Add(CheckCommand.Create(common));
root.Subcommands.Add(PublishCommand.Create(common));
root.Subcommands.Add(ReviewCommand.Create(common));
root.Subcommands.Add(NewCommand.Create(common));
root.Subcommands.Add(InitCommand.Create());
root.SetAction((parse, _) => BuildCommand.RunAsync(common, parse));
return await root.Parse(args).InvokeAsync();
