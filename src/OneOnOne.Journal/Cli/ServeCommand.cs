using System.CommandLine;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Server;

namespace OneOnOne.Journal.Cli;

/// <summary><c>serve</c>: serves an existing output folder on 127.0.0.1 (no build, no live reload) until Ctrl+C; exits 1 when the port is taken or there is nothing to serve.</summary>
internal static class ServeCommand
{
    public static Command Create(CommonOptions common)
    {
        var port = PreviewCommand.PortOption();
        var command = new Command("serve", "Serve an existing output/ folder on http://localhost:5080 without building");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            var (options, error) = common.Resolve(parse, BuildMode.Build);
            if (options is null)
            {
                Reporter.Fail(error!);
                return 2;
            }

            if (!File.Exists(Path.Combine(options.OutputPath, "index.html")))
            {
                Reporter.Fail($"nothing to serve: '{options.OutputPath}' holds no index.html; run 'build' first or use 'preview'");
                return 1;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options.OutputPath, parse.GetValue(port), live: false);
            }
            catch (PortInUseException e)
            {
                // one plain line, never wrapped, so scripts and people see the port and the option together
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }

            await using (server)
            {
                Reporter.Serving(server.Url, watching: false);
                await ConsoleLifetime.WaitUntilCancelledAsync(cancel);
            }

            Reporter.Stopped();
            return 0;
        });
        return command;
    }
}
