using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Cli;

/// <summary><c>build</c> (the default command): builds the site into the output folder; exits 1 when any note had an error, after writing everything else.</summary>
internal static class BuildCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("build", "Build the site into output/ (the default command)");
        common.AddTo(command);
        command.SetAction((result, _) => RunAsync(common, result));
        return command;
    }

    public static async Task<int> RunAsync(CommonOptions common, ParseResult parse)
    {
        var (options, error) = common.Resolve(parse, BuildMode.Build);
        if (options is null)
        {
            Reporter.Fail(error!);
            return 2;
        }

        var result = await BuildAndReportAsync(options, "Building", parse.GetValue(common.Verbose));
        return result?.ExitCode ?? 1;
    }

    /// <summary>
    /// Builds with a progress display (with <paramref name="run"/>, default <see cref="SiteBuilder.BuildAsync"/>), then prints
    /// the problems, each pipeline's time when <paramref name="verbose"/>, and the summary line; null when the build was
    /// refused (the reason is printed, followed by <paramref name="refusedSuffix"/>).
    /// </summary>
    public static async Task<BuildResult?> BuildAndReportAsync(BuildOptions options, string what, bool verbose = false, Func<Action<string>, Task<BuildResult>>? run = null, string refusedSuffix = "")
    {
        var result = await Reporter.WithProgressAsync(what, run ?? (progress => SiteBuilder.BuildAsync(options, progress)));
        if (result.Refused is not null)
        {
            Reporter.Fail(result.Refused + refusedSuffix);
            return null;
        }

        Reporter.Problems(result.Diagnostics, warnings: true);
        if (verbose)
        {
            Reporter.Timings(result);
        }

        Reporter.Summary(result, Path.GetRelativePath(Environment.CurrentDirectory, options.OutputPath));
        return result;
    }
}
