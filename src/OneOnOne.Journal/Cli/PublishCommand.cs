using System.CommandLine;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Publishing;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>publish</c>: builds the site for a static host with private content left out, every page
/// encrypted with a passphrase (from <c>JOURNAL_PASSPHRASE</c> or a hidden prompt, never an argument),
/// and opaque page paths. Refuses to publish unencrypted unless <c>--no-encrypt</c> is given.
/// </summary>
internal static class PublishCommand
{
    public const string PassphraseVariable = "JOURNAL_PASSPHRASE";

    public static Command Create(CommonOptions common)
    {
        var noEncrypt = new Option<bool>("--no-encrypt") { Description = "Publish WITHOUT encryption: anyone who can reach the host can read every published note" };
        var basePath = new Option<string?>("--base-path") { Description = "The sub-path the site is served from, e.g. /journal/ (links are relative; this only fixes the 404 page)" };
        var command = new Command("publish", "Build for a static host: private content left out, every page encrypted with a passphrase");
        common.AddTo(command);
        command.Options.Add(noEncrypt);
        command.Options.Add(basePath);
        command.SetAction(async (parse, _) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Publish);
            if (options is null)
            {
                Reporter.Fail(error!);
                return 2;
            }

            options = options with { BasePath = parse.GetValue(basePath) };
            if (!parse.GetValue(noEncrypt))
            {
                var passphrase = Environment.GetEnvironmentVariable(PassphraseVariable);
                if (string.IsNullOrEmpty(passphrase))
                {
                    if (Console.IsInputRedirected)
                    {
                        Reporter.Fail($"publish encrypts the site so that notes stay private on the host: set {PassphraseVariable}, or run it in a terminal to type the passphrase. To publish without encryption (anyone who reaches the host can read it), pass --no-encrypt.");
                        return 1;
                    }

                    passphrase = Reporter.Error.Prompt(new TextPrompt<string>("Passphrase (12 characters or more):").Secret());
                    var again = Reporter.Error.Prompt(new TextPrompt<string>("Passphrase again:").Secret());
                    if (passphrase != again)
                    {
                        Reporter.Fail("the two passphrases differ; nothing was published");
                        return 1;
                    }
                }

                if (passphrase.Length < PublishKey.MinimumLength)
                {
                    Reporter.Fail($"the passphrase has {passphrase.Length} characters; use at least {PublishKey.MinimumLength} (a few unrelated words are easy to type and hard to guess). Nothing was published.");
                    return 1;
                }

                options = options with { PublishKey = PublishKey.Derive(passphrase) };
            }
            else
            {
                Reporter.Error.MarkupLine("[yellow]warning:[/] publishing WITHOUT encryption (--no-encrypt): private notes are left out, but anyone who can reach the host can read the rest.");
            }

            var result = await BuildCommand.BuildAndReportAsync(options, "Publishing", parse.GetValue(common.Verbose));
            if (result is null)
            {
                return 1;
            }

            Reporter.Error.MarkupLine(options.PublishKey is null
                ? "Published unencrypted. Copy the output folder to the static host."
                : "Published, encrypted. Copy the output folder to the static host and share the passphrase separately; see docs/privacy.md.");
            return result.ExitCode;
        });
        return command;
    }
}
