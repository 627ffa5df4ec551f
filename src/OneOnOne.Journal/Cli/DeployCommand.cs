using System.CommandLine;
using System.Diagnostics;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Publishing.Deploy;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>deploy</c> (issue #20, item 3): publishes exactly as <c>publish</c> does (encrypted unless <c>--no-encrypt</c>, same
/// passphrase rules, into the output folder) and sends the site to the target of settings.yml's <c>deploy:</c>
/// (<see cref="DeployTarget"/>): a folder (<see cref="FolderDeploy"/>), rsync (<see cref="RsyncDeploy"/>) or an S3-compatible
/// bucket (<see cref="S3Deploy"/>). Only changed files are sent: the key reuses the previous publish's salt
/// (<see cref="PreviousSalt"/>) so unchanged pages are byte-identical. Exit codes: 0 deployed; 1 deployed, with problems
/// in notes reported; 2 nothing was published or sent (no target, a secret in settings.yml, rsync missing, bad arguments,
/// no passphrase, a failed publish); 3 (<see cref="ExitCodes.DeployFailed"/>) published locally but not sent, the target
/// still serving the previous site.
/// </summary>
internal static class DeployCommand
{
    private const string NothingDeployed = "; nothing was deployed";

    public static Command Create(CommonOptions common)
    {
        var noEncrypt = new Option<bool>("--no-encrypt") { Description = "Deploy WITHOUT encryption: anyone who can reach the host can read every published note" };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Publish locally and list what would be uploaded and deleted on the target, changing nothing there" };
        var basePath = new Option<string?>("--base-path") { Description = "The sub-path the site is served from, e.g. /journal/ (links are relative; this only fixes the 404 page)" };
        var command = new Command("deploy", "Publish, then send the site to the target named by 'deploy:' in settings.yml (a folder, rsync, or an S3-compatible bucket)");
        common.AddTo(command);
        command.Options.Add(noEncrypt);
        command.Options.Add(dryRun);
        command.Options.Add(basePath);
        command.SetAction(async (parse, cancel) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Publish);
            if (options is null)
            {
                Reporter.Fail(error! + NothingDeployed);
                return PublishCommand.NothingPublished;
            }

            // everything about the target is checked before a passphrase is asked for and a publish is built
            var (settings, _) = SiteBuilder.LoadSettings(options.RootPath);
            if (settings.Deploy is not { } target)
            {
                Reporter.Fail("settings.yml names no deploy target; " + DeployTarget.Example);
                return PublishCommand.NothingPublished;
            }

            if (target.Refusal is { } refusal)
            {
                Reporter.Fail(refusal + NothingDeployed);
                return PublishCommand.NothingPublished;
            }

            if (TargetProblem(target, options) is { } problem)
            {
                Reporter.Fail(problem + NothingDeployed);
                return PublishCommand.NothingPublished;
            }

            if (!PublishCommand.PrepareOutput(options))
            {
                return PublishCommand.NothingPublished;
            }

            var output = options.OutputPath;
            var reused = false;
            if (!PublishCommand.TryReadKey(parse.GetValue(noEncrypt), passphrase =>
                {
                    (var key, reused) = PreviousSalt.Derive(output, passphrase);
                    return key;
                }, out var publishKey))
            {
                return PublishCommand.NothingPublished;
            }

            options = options with { PublishKey = publishKey, BasePath = parse.GetValue(basePath) ?? settings.BasePath };
            if (publishKey is not null && !reused)
            {
                Reporter.Error.MarkupLine("New salt (first encrypted publish here, or another passphrase): every page changes, so every file is sent.");
            }

            var result = await BuildCommand.BuildAndReportAsync(options, "Publishing", parse.GetValue(common.Verbose),
                progress => PublishCommand.PublishUnlessCancelledAsync(options, progress, cancel), PublishCommand.NothingWasPublished);
            if (result is null)
            {
                return PublishCommand.NothingPublished;
            }

            var dry = parse.GetValue(dryRun);
            var clock = Stopwatch.StartNew();
            DeployChanges changes;
            try
            {
                changes = target.Kind switch
                {
                    DeployKind.Folder => await Task.Run(() => FolderDeploy.Send(options.OutputPath, FolderPath(target, options), dry), cancel),
                    DeployKind.Rsync => await Task.Run(() => RsyncDeploy.Send(options.OutputPath, target.Destination, dry), cancel),
                    _ => await S3Deploy.SendAsync(options.OutputPath, target, dry, cancel),
                };
            }
            catch (DeployException e)
            {
                Reporter.Fail(e.Message);
                return ExitCodes.DeployFailed;
            }
            catch (OperationCanceledException)
            {
                Reporter.Fail("stopped (Ctrl+C) before the deploy was complete; stale files were not deleted, the previous site's pages are all still there");
                return ExitCodes.DeployFailed;
            }

            var verbose = parse.GetValue(common.Verbose);
            if (dry || verbose)
            {
                // the lists go to standard output, so they can be piped; the summary goes with the other messages
                foreach (var path in changes.Uploaded)
                {
                    Console.Out.WriteLine((dry ? "would upload " : "uploaded ") + path);
                }

                foreach (var path in changes.Deleted)
                {
                    Console.Out.WriteLine((dry ? "would delete " : "deleted ") + path);
                }
            }

            Reporter.Error.MarkupLine(Markup.Escape(
                $"{(dry ? "Dry run, nothing changed on" : "Deployed to")} {Describe(target, options)}: {changes.Uploaded.Count} {(dry ? "to upload" : "uploaded")}, {changes.Deleted.Count} {(dry ? "to delete" : "deleted")}, {changes.Unchanged} unchanged ({clock.Elapsed.TotalSeconds:0.0} s){(options.PublishKey is null ? ", UNENCRYPTED" : ", encrypted")}."));
            return result.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>A target that cannot work, said before anything is built: a refused folder, no rsync, no bucket name.</summary>
    private static string? TargetProblem(DeployTarget target, BuildOptions options) => target.Kind switch
    {
        DeployKind.Folder => FolderDeploy.Refuse(options.RootPath, options.OutputPath, FolderPath(target, options)),
        DeployKind.Rsync when RsyncDeploy.Find() is null => "rsync is not installed (on Debian: apt install rsync)",
        DeployKind.Rsync when IsUnder(target.Destination, options) => $"deploy: rsync '{target.Destination}' is inside the journal; choose a destination outside it",
        DeployKind.S3 when target.Destination.Contains('/', StringComparison.Ordinal) => $"deploy: s3 '{target.Destination}' must be a bucket name only; put the folder in 'prefix:'",
        _ => null,
    };

    /// <summary>A local rsync destination (no <c>host:</c>) inside the journal, where a deploy would write under input/ or the output.</summary>
    private static bool IsUnder(string destination, BuildOptions options) =>
        !destination.Contains(':', StringComparison.Ordinal) && FolderDeploy.Refuse(options.RootPath, options.OutputPath, Path.GetFullPath(destination, options.RootPath)) is { } why && why.Contains("inside the journal", StringComparison.Ordinal);

    /// <summary>The folder target as an absolute path (a relative one is relative to the journal root, like every path in settings.yml).</summary>
    private static string FolderPath(DeployTarget target, BuildOptions options) =>
        Path.GetFullPath(Environment.ExpandEnvironmentVariables(target.Destination.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), target.Destination[2..])
            : target.Destination), options.RootPath);

    private static string Describe(DeployTarget target, BuildOptions options) => target.Kind switch
    {
        DeployKind.Folder => FolderPath(target, options),
        DeployKind.Rsync => target.Destination,
        _ => $"s3://{target.Destination}/{target.Prefix}",
    };
}
