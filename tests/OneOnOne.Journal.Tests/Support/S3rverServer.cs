using System.Diagnostics;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// npm's <c>s3rver</c> (an S3-compatible server in Node.js, pinned to <see cref="Version"/>) on a free loopback port with
/// one bucket (<see cref="Bucket"/>, or a website bucket: <see cref="StartWebsite"/>), its data in a temporary folder; stopped (process tree killed) and the data deleted on
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
    private readonly string? _website;

    private S3rverServer(Process process, string data, string? website, int port)
    {
        _process = process;
        _data = data;
        _website = website;
        Port = port;
    }

    /// <summary>Where s3rver is installed: <c>$ONEONONE_S3RVER_DIR</c>, default <c>/tmp/oneonone-s3rver-3.7.1</c>.</summary>
    public static string InstallFolder =>
        Environment.GetEnvironmentVariable("ONEONONE_S3RVER_DIR") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "oneonone-s3rver-" + Version);

    public int Port { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>Starts s3rver with the one bucket <see cref="Bucket"/>, no website configuration (the REST endpoint only).</summary>
    public static S3rverServer Start() => Start(Bucket, null);

    /// <summary>
    /// Starts s3rver with the one bucket <paramref name="bucket"/> configured for static website hosting (s3rver's
    /// <c>--configure-bucket NAME website.xml</c>): a request for a key ending in <c>/</c> gets its <c>index.html</c>, one
    /// without the slash whose <c>key/index.html</c> exists is redirected to <c>key/</c>, and a missing key gets the object
    /// <paramref name="errorDocumentKey"/> with status 404. s3rver answers as the website (anonymous, no XML errors) when
    /// the request's host name is the bucket's name (its virtual-host rule for any name that is not an IP address or
    /// localhost, AWS's convention for a bucket behind a CNAME), while requests to 127.0.0.1 stay the REST API that
    /// <c>deploy</c> uses.
    /// </summary>
    /// <param name="bucket">The bucket, named after the host name readers use (dots allowed, as in S3).</param>
    /// <param name="errorDocumentKey">The full key of the error document, e.g. <c>journal/404.html</c> under a prefix.</param>
    public static S3rverServer StartWebsite(string bucket, string errorDocumentKey) => Start(bucket,
        "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
        + $"<ErrorDocument><Key>{System.Security.SecurityElement.Escape(errorDocumentKey)}</Key></ErrorDocument></WebsiteConfiguration>");

    private static S3rverServer Start(string bucket, string? websiteXml)
    {
        var executable = Install();
        var failure = "";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var data = Path.Combine(Path.GetTempPath(), "oneonone-s3data-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(data);
            // beside the data folder, not in it: s3rver takes every folder of its data folder for a bucket
            var website = websiteXml is null ? null : data + ".website.xml";
            if (website is not null)
            {
                File.WriteAllText(website, websiteXml);
            }

            var port = HostServers.FreeLoopbackPort();
            var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            // s3rver 3.7.1 makes ListObjectsV2 continuation tokens with DES, which Node 17+ (OpenSSL 3) offers only with the
            // legacy provider: without it, listing more than 1,000 keys answers InternalError (docs/benchmarks.md, "Deploy")
            foreach (var arg in new[] { "--openssl-legacy-provider", executable, "-d", data, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", bucket })
            {
                start.ArgumentList.Add(arg);
            }

            if (website is not null)
            {
                start.ArgumentList.Add(website);
            }

            var process = Process.Start(start)!;
            var server = new S3rverServer(process, data, website, port);
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
                if (_website is not null)
                {
                    File.Delete(_website);
                }

                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // under /tmp
            }
        }
    }
}
