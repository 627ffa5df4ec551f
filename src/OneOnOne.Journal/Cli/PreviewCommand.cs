using System.CommandLine;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Server;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>preview</c>: builds the journal, serves it on http://127.0.0.1:5080 (loopback only; <c>--port</c>),
/// watches <c>input/</c>, <c>theme/</c> and <c>settings.yml</c>, rebuilds what changed and reloads open
/// pages. Runs until Ctrl+C; exits 1 when the port is taken.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The default port of <c>preview</c> and <c>serve</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>
    /// <c>--port</c>: a TCP port from 1 to 65535. Anything else (0, -1, 99999, abc) is a parse error with one plain line,
    /// instead of the server's exception (issue #14).
    /// </summary>
    public static Option<int> PortOption() => new("--port", "-p")
    {
        Description = "The port to listen on (127.0.0.1 only)",
        DefaultValueFactory = _ => DefaultPort,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
            {
                return port;
            }

            result.AddError($"--port '{text}' is not a TCP port; give a number from 1 to 65535 (default {DefaultPort})");
            return DefaultPort;
        },
    };

    public static Command Create(CommonOptions common)
    {
        var port = PortOption();
        var command = new Command("preview", "Build, serve on http://localhost:5080, rebuild and reload open pages on every save");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Preview);
            if (options is null)
            {
                Reporter.Fail(error!);
                return 2;
            }

            var verbose = parse.GetValue(common.Verbose);
            PreviewSession session;
            try
            {
                session = await Reporter.WithProgressAsync("Building", _ => PreviewSession.StartAsync(options, parse.GetValue(port), result =>
                {
                    Reporter.Problems(result.Diagnostics, warnings: verbose);
                    Reporter.Rebuilt(result, verbose);
                }));
            }
            catch (PortInUseException e)
            {
                // one plain line, never wrapped, so scripts and people see the port and the option together
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }

            await using (session)
            {
                var first = session.FirstBuild!;
                if (first.Refused is not null)
                {
                    Reporter.Fail(first.Refused);
                }
                else
                {
                    Reporter.Problems(first.Diagnostics, warnings: verbose);
                    Reporter.Summary(first, Path.GetRelativePath(Environment.CurrentDirectory, options.OutputPath));
                }

                Reporter.Serving(session.Server.Url, watching: true);
                await ConsoleLifetime.WaitUntilCancelledAsync(cancel);
            }

            Reporter.Stopped();
            return 0;
        });
        return command;
    }
}
