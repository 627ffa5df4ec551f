using System.Diagnostics;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// npm's <c>s3rver</c> (an S3-compatible server in Node.js, pinned to <see cref="Version"/>) on a free loopback port with
/// one bucket, <see cref="Bucket"/>, its data in a temporary folder; stopped (process tree killed) and the data deleted on
/// dispose. It is installed with <c>npm install</c> into a folder the tests own (<see cref="InstallFolder"/>, kept between
/// runs; .ci/run installs it there first), never globally. Node and npm must be installed (.ci/run installs Debian's
/// <c>nodejs npm</c> when missing); a missing one fails the test instead of skipping it.
/// </summary>
public sealed class S3rverServer : IDisposable
{
    public const string Version = "3.7.1";
    public const string Bucket = "journal";

    /// <summary>s3rver's fixed credentials: any request signed with them is accepted.</summary>
    public static readonly IReadOnlyDictionary<string, string> Credentials = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = "S3RVER",
        ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
    };

    private static readonly object InstallLock = new();
    private readonly Process _process;
    private readonly string _data;

    private S3rverServer(Process process, string data, int port)
    {
        _process = process;
        _data = data;
        Port = port;
    }

    /// <summary>Where s3rver is installed: <c>$ONEONONE_S3RVER_DIR</c>, default <c>/tmp/oneonone-s3rver-3.7.1</c>.</summary>
    public static string InstallFolder =>
        Environment.GetEnvironmentVariable("ONEONONE_S3RVER_DIR") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "oneonone-s3rver-" + Version);

    public int Port { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}";

    public static S3rverServer Start()
    {
        var executable = Install();
        var failure = "";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var data = Path.Combine(Path.GetTempPath(), "oneonone-s3data-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(data);
            var port = HostServers.FreeLoopbackPort();
            var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            // s3rver 3.7.1 makes ListObjectsV2 continuation tokens with DES, which Node 17+ (OpenSSL 3) offers only with the
            // legacy provider: without it, listing more than 1,000 keys answers InternalError (docs/benchmarks.md, "Deploy")
            foreach (var arg in new[] { "--openssl-legacy-provider", executable, "-d", data, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            var server = new S3rverServer(process, data, port);
            if (server.WaitUntilListening())
            {
                return server;
            }

            failure = process.HasExited ? process.StandardError.ReadToEnd() : "not listening after 20 s";
            server.Dispose();
        }

        Assert.Fail($"s3rver did not start: {failure}");
        return null!;
    }

    /// <summary>Installs s3rver with npm into <see cref="InstallFolder"/> unless it is there; returns its command-line script.</summary>
    private static string Install()
    {
        lock (InstallLock)
        {
            var folder = InstallFolder;
            var script = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
            if (File.Exists(script))
            {
                return script;
            }

            Assert.True(File.Exists("/usr/bin/node") && File.Exists("/usr/bin/npm"), "node and npm are missing: install Debian's with 'apt-get install -y nodejs npm' (.ci/run does)");
            Directory.CreateDirectory(folder);
            var run = ProgramRunner.Start("/usr/bin/npm", folder, null, ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, "s3rver@" + Version], timeoutSeconds: 300);
            Assert.True(run.ExitCode == 0 && File.Exists(script), $"npm install s3rver@{Version} failed: {run.Stderr}");
            return script;
        }
    }

    private bool WaitUntilListening() => HostServers.WaitUntilListening(_process, Port, TimeSpan.FromSeconds(20));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // under /tmp
            }
        }
    }
}
