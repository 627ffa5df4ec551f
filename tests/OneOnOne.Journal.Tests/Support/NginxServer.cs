using System.Diagnostics;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// Debian's nginx started on a free loopback port with a configuration that includes a <c>publish --host nginx</c>
/// snippet (<see cref="HostServers.NginxConfig"/>), in its own temporary folder; stopped on dispose by the pid in its
/// pid file (TERM, then a kill of the process tree if it has not ended within 10 s).
/// </summary>
public sealed class NginxServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Starts nginx with <paramref name="snippet"/> included in its server block; retries on another port if the chosen one was taken meanwhile.</summary>
    public static NginxServer Start(string snippet)
    {
        HostServers.Require(HostServers.Nginx, "nginx");
        string failure = "";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "oneonone-nginx-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(folder);
            var port = HostServers.FreeLoopbackPort();
            var config = Path.Combine(folder, "nginx.conf");
            File.WriteAllText(config, HostServers.NginxConfig(folder, port, snippet));
            var start = new ProcessStartInfo(HostServers.Nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-c", config, "-p", folder + "/" })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            var server = new NginxServer(process, folder, port);
            if (server.WaitUntilListening())
            {
                return server;
            }

            failure = process.HasExited ? process.StandardError.ReadToEnd() : "not listening after 10 s";
            server.Dispose();
        }

        Assert.Fail($"nginx did not start: {failure}");
        return null!;
    }

    private bool WaitUntilListening() => HostServers.WaitUntilListening(_process, Port, TimeSpan.FromSeconds(10));

    public void Dispose()
    {
        try
        {
            var pidFile = Path.Combine(_folder, "nginx.pid");
            if (!_process.HasExited && File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                // TERM to the master in the pid file: nginx stops its workers and exits
                ProgramRunner.Start("/bin/kill", _folder, null, ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], timeoutSeconds: 10);
            }

            if (!_process.WaitForExit(10_000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // a worker's temp folder may still be closing; the folder is under /tmp
            }
            catch (UnauthorizedAccessException)
            {
                // as above
            }
        }
    }
}
