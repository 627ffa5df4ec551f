using System.Net;
using System.Net.Sockets;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// The servers Debian ships (<c>nginx</c>, <c>apache2</c>, <c>caddy</c>), for checking the configurations that
/// <c>publish --host</c> writes with each server's own syntax check. A missing server fails the test with the
/// package to install (.ci/run installs them), as a missing Chromium does: a skipped check would pass unseen.
/// </summary>
public static class HostServers
{
    public const string Nginx = "/usr/sbin/nginx";
    public const string Apache = "/usr/sbin/apache2";
    public const string Caddy = "/usr/bin/caddy";

    /// <summary>Fails the test unless <paramref name="executable"/> exists, saying which Debian package provides it.</summary>
    public static void Require(string executable, string package) =>
        Assert.True(File.Exists(executable), $"{executable} is missing: install Debian's {package} with 'apt-get install -y {package}' (.ci/run does)");

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago (the server that takes it may still lose a race; callers retry).</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Whether <paramref name="process"/> accepts connections on 127.0.0.1:<paramref name="port"/> within <paramref name="timeout"/> (false once it has exited).</summary>
    public static bool WaitUntilListening(System.Diagnostics.Process process, int port, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect("127.0.0.1", port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        return false;
    }

    /// <summary>
    /// A whole nginx configuration in <paramref name="folder"/> (pid file, logs and temp folders there, so nothing under
    /// /etc or /var is written) with one server on 127.0.0.1:<paramref name="port"/> that includes <paramref name="snippet"/>,
    /// as a user's server block would.
    /// </summary>
    public static string NginxConfig(string folder, int port, string snippet) =>
        $$"""
        daemon off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log;
        events { worker_connections 64; }
        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log off;
            client_body_temp_path {{folder}}/body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            server {
                listen 127.0.0.1:{{port}};
                server_name localhost;
                include {{snippet}};
            }
        }

        """;
}
