using System.CommandLine;
using OneOnOne.Journal.Cli;

var common = new CommonOptions();
var root = new RootCommand("OneOnOne.Journal: turns a folder of 1:1 notes into a private, searchable static site");
common.AddTo(root);
root.Subcommands.Add(BuildCommand.Create(common));
root.Subcommands.Add(CheckCommand.Create(common));
root.Subcommands.Add(PublishCommand.Create(common));
root.Subcommands.Add(DeployCommand.Create(common));
root.Subcommands.Add(ReviewCommand.Create(common));
root.Subcommands.Add(NewCommand.Create(common));
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(PreviewCommand.Create(common));
root.Subcommands.Add(ServeCommand.Create(common));
root.SetAction((parse, _) => BuildCommand.RunAsync(common, parse));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // one plain line per mistake and where to look, instead of the whole help text (issue #14); 2: bad arguments
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    var command = parsed.CommandResult.Command == root ? "oneonone" : "oneonone " + parsed.CommandResult.Command.Name;
    Console.Error.WriteLine($"run '{command} --help' for the options");
    return ExitCodes.BadArguments;
}

try
{
    // exceptions reach the handler below instead of System.CommandLine's, which prints a stack trace
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception caught)
{
    // parallel stages wrap what went wrong; the first cause is what the user can act on
    var e = caught is AggregateException all ? all.Flatten().InnerExceptions[0] : caught;
    // a bug, not bad input (bad input has its own message): one line, the stack only when asked for
    Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}; please report it{(args.Contains("--verbose") || args.Contains("-v") ? "" : " (run again with --verbose to see where it happened)")}");
    if (args.Contains("--verbose") || args.Contains("-v"))
    {
        Console.Error.WriteLine(caught.ToString());
    }

    return ExitCodes.InternalError;
}
