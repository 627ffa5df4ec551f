namespace OneOnOne.Journal.Server;

/// <summary>Thrown by <see cref="PreviewServer.StartAsync"/> when another process listens on the port.</summary>
/// <param name="port">The port that is taken.</param>
/// <param name="inner">The socket error.</param>
public sealed class PortInUseException(int port, Exception inner)
    : Exception($"port {port} is already in use; stop the other server or choose another port with --port", inner)
{
    /// <summary>The port that is taken.</summary>
    public int Port { get; } = port;
}
