using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>check</c>: validates the journal without touching its output folder; prints one
/// <c>path:line:column: error|warning: message</c> per problem on standard output, then a count, and
/// exits 1 when there is any error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("check", "Validate the journal and list every problem as path:line:column");
        common.AddTo(command);
        command.SetAction(async (parse, _) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Build);
            if (options is null)
            {
                Reporter.Fail(error!);
                return 2;
            }

            // build into a throw-away folder so that check never touches the real output
            var scratch = Path.Combine(Path.GetTempPath(), "oneonone-check-" + Guid.NewGuid().ToString("N"));
            try
            {
                var result = await SiteBuilder.BuildAsync(options with { OutputPath = scratch });
                if (result.Refused is not null)
                {
                    Reporter.Fail(result.Refused);
                    return 1;
                }

                foreach (var d in result.Diagnostics)
                {
                    Console.WriteLine(d.ToString());
                }

                Console.WriteLine($"{result.Errors} errors, {result.Warnings} warnings in {result.Journal?.Notes.Count ?? 0} notes");
                return result.ExitCode;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }
}
