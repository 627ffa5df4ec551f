using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>publish</c>: builds the site for a static host with private content left out, every page
/// encrypted with a passphrase (from <c>JOURNAL_PASSPHRASE</c> or a hidden prompt, never an argument),
/// and opaque page paths. Refuses to publish unencrypted unless <c>--no-encrypt</c> is given. Builds into a
/// staging folder and swaps it in only when complete (<see cref="PublishStaging"/>). Exit codes (issue #14):
/// 0 published; 1 published, with problems in notes reported (a note that cannot be read with certainty is left
/// out); 2 nothing was published (bad arguments, no or short passphrase, refused output folder, broken theme,
/// a crash or Ctrl+C), and the output folder holds the previous publish or nothing, never an unencrypted build.
/// </summary>
internal static class PublishCommand
{
    public const string PassphraseVariable = "JOURNAL_PASSPHRASE";

    /// <summary>The exit code that means nothing was published.</summary>
    public const int NothingPublished = 2;

    internal const string NothingWasPublished = "; nothing was published";

    public static Command Create(CommonOptions common)
    {
        var noEncrypt = new Option<bool>("--no-encrypt") { Description = "Publish WITHOUT encryption: anyone who can reach the host can read every published note" };
        var basePath = new Option<string?>("--base-path") { Description = "The sub-path the site is served from, e.g. /journal/ (links are relative; this only fixes the 404 page)" };
        var host = new Option<string?>("--host") { Description = "Also write the server configuration with the site's security headers, beside the output folder in <output>.host/: nginx, apache, caddy, iis, netlify, or all (comma-separated for several)" };
        var command = new Command("publish", "Build for a static host: private content left out, every page encrypted with a passphrase");
        common.AddTo(command);
        command.Options.Add(noEncrypt);
        command.Options.Add(basePath);
        command.Options.Add(host);
        command.SetAction(async (parse, cancel) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Publish);
            if (options is null)
            {
                Reporter.Fail(error! + NothingWasPublished);
                return NothingPublished;
            }

            if (!PrepareOutput(options))
            {
                return NothingPublished;
            }

            // settings.yml's base-path: is the default, as for deploy, so a journal that names its sub-path once gets a
            // 404 page and server configurations for it without repeating --base-path on every publish
            var (settings, _) = SiteBuilder.LoadSettings(options.RootPath);
            options = options with { BasePath = parse.GetValue(basePath) ?? settings.BasePath };

            // a --host that cannot be honoured is said before anything is built, not after a publish without its configuration
            IReadOnlyList<StaticHost> hosts = [];
            if (parse.GetValue(host) is { } hostNames)
            {
                if (HostsFor(hostNames, options) is not { } wanted)
                {
                    return NothingPublished;
                }

                hosts = wanted;
            }

            if (!TryReadKey(parse.GetValue(noEncrypt), passphrase => PublishKey.Derive(passphrase), out var key))
            {
                return NothingPublished;
            }

            options = options with { PublishKey = key };

            var result = await BuildCommand.BuildAndReportAsync(options, "Publishing", parse.GetValue(common.Verbose),
                progress => PublishUnlessCancelledAsync(options, progress, cancel), NothingWasPublished);
            if (result is null)
            {
                return NothingPublished;
            }

            var status = result.Errors > 0 ? 1 : 0;
            if (hosts.Count > 0)
            {
                try
                {
                    foreach (var written in HostConfigs.Write(options.OutputPath, hosts, options.BasePath))
                    {
                        Reporter.Error.MarkupLine(Markup.Escape($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, written)}"));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // the site is published; only its server configuration is missing, so this is a problem, not "nothing published"
                    Reporter.Error.MarkupLine(Markup.Escape($"error: the site was published but its server configuration could not be written: {e.Message}"));
                    status = 1;
                }
            }

            Reporter.Error.MarkupLine(options.PublishKey is null
                ? "Published unencrypted. Copy the output folder to the static host."
                : "Published, encrypted. Copy the output folder to the static host and share the passphrase separately; see docs/privacy.md.");
            return status;
        });
        return command;
    }

    /// <summary>
    /// Checks the output folder before a passphrase is asked for, and removes an unencrypted build there
    /// (<see cref="PublishStaging.WithdrawUnpublished"/>); false after saying why the publish cannot go there. Shared by
    /// <c>publish</c> and <c>deploy</c>.
    /// </summary>
    internal static bool PrepareOutput(BuildOptions options)
    {
        if (OutputFolder.Check(options.RootPath, options.OutputPath) is { } refusal)
        {
            Reporter.Fail(refusal + NothingWasPublished);
            return false;
        }

        // an unencrypted build where the publish goes must not survive a publish that stops early, nor be
        // mistaken for it: it is removed before anything else (it is the tool's own, regenerated by 'build')
        try
        {
            if (PublishStaging.WithdrawUnpublished(options) is { } withdrawn)
            {
                Reporter.Error.MarkupLine(Markup.Escape($"Removed the unencrypted build in '{Path.GetRelativePath(Environment.CurrentDirectory, withdrawn)}' (it held private notes, unencrypted) so that it cannot be taken for the publish."));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Reporter.Fail($"cannot remove the unencrypted build in '{options.OutputPath}': {e.Message}{NothingWasPublished}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The publish key of <c>publish</c> and <c>deploy</c>: the passphrase from <see cref="PassphraseVariable"/> or typed twice
    /// at a hidden prompt (never an argument), at least <see cref="PublishKey.MinimumLength"/> characters, derived with
    /// <paramref name="derive"/>; with <paramref name="noEncrypt"/>, no key and a warning. Says why on failure.
    /// </summary>
    /// <param name="noEncrypt">The command's <c>--no-encrypt</c>.</param>
    /// <param name="derive">Derives the key from an accepted passphrase (<c>deploy</c> reuses the previous publish's salt).</param>
    /// <param name="key">The key, or null for an unencrypted publish.</param>
    /// <returns>False when there is no usable passphrase (the caller exits with <see cref="NothingPublished"/>).</returns>
    internal static bool TryReadKey(bool noEncrypt, Func<string, PublishKey> derive, out PublishKey? key)
    {
        key = null;
        if (noEncrypt)
        {
            Reporter.Error.MarkupLine("[yellow]warning:[/] publishing WITHOUT encryption (--no-encrypt): private notes are left out, but anyone who can reach the host can read the rest.");
            return true;
        }

        var passphrase = Environment.GetEnvironmentVariable(PassphraseVariable);
        if (string.IsNullOrEmpty(passphrase))
        {
            if (Console.IsInputRedirected)
            {
                Reporter.Fail($"publish encrypts the site so that notes stay private on the host: set {PassphraseVariable}, or run it in a terminal to type the passphrase. To publish without encryption (anyone who reaches the host can read it), pass --no-encrypt. Nothing was published.");
                return false;
            }

            passphrase = SecretPrompt.Ask("Passphrase (12 characters or more):");
            var again = SecretPrompt.Ask("Passphrase again:");
            if (passphrase != again)
            {
                Reporter.Fail("the two passphrases differ" + NothingWasPublished);
                return false;
            }
        }

        if (passphrase.Length < PublishKey.MinimumLength)
        {
            Reporter.Fail($"the passphrase has {passphrase.Length} characters; use at least {PublishKey.MinimumLength} (a few unrelated words are easy to type and hard to guess). Nothing was published.");
            return false;
        }

        key = derive(passphrase);
        return true;
    }

    /// <summary>The hosts named by <c>--host</c> (comma-separated), or null after saying why they cannot be written for this publish.</summary>
    private static List<StaticHost>? HostsFor(string names, BuildOptions options)
    {
        var hosts = new List<StaticHost>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (HostConfigs.ParseHosts(name) is not { } parsed)
            {
                Reporter.Fail($"--host '{name}' is not a host this tool writes a configuration for; use nginx, apache, caddy, iis, netlify or all{NothingWasPublished}");
                return null;
            }

            hosts.AddRange(parsed.Where(h => !hosts.Contains(h)));
        }

        if (hosts.Count == 0)
        {
            Reporter.Fail($"--host needs a host: nginx, apache, caddy, iis, netlify or all{NothingWasPublished}");
            return null;
        }

        try
        {
            HostConfigs.NormalizeBasePath(options.BasePath);
        }
        catch (ArgumentException e)
        {
            Reporter.Fail(e.Message.Split(" (Parameter", 2)[0] + NothingWasPublished);
            return null;
        }

        if (HostConfigs.RefusePath(Path.GetFullPath(options.OutputPath)) is { } refusal)
        {
            Reporter.Fail(refusal + NothingWasPublished);
            return null;
        }

        return hosts;
    }

    /// <summary>
    /// Publishes, or stops waiting at Ctrl+C: the build cannot be interrupted midway, and System.CommandLine ends the
    /// process shortly after Ctrl+C, so the command says plainly that nothing was published (exit 2) instead of being
    /// cut off. The swap happens only after the whole build, so the output folder is the previous publish or nothing;
    /// a staging folder left by the ended process is removed by the next publish.
    /// </summary>
    internal static async Task<BuildResult> PublishUnlessCancelledAsync(BuildOptions options, Action<string> progress, CancellationToken cancel)
    {
        var publishing = PublishStaging.PublishAsync(options, progress, cancel);
        var stopped = Task.Delay(Timeout.Infinite, cancel);
        if (await Task.WhenAny(publishing, stopped) == publishing)
        {
            return await publishing;
        }

        return new BuildResult(null, [], 0, 0, TimeSpan.Zero, "stopped (Ctrl+C or a termination signal) before the publish was complete");
    }
}
