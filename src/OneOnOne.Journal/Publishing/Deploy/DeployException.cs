namespace OneOnOne.Journal.Publishing.Deploy;

/// <summary>
/// A deploy could not be completed (no rsync, an unreachable bucket, a target that is not the tool's): the message is one
/// line for the user, and the target still serves the previous site (each target says how far that holds).
/// </summary>
public sealed class DeployException : Exception
{
    /// <summary>A failure with a one-line message.</summary>
    public DeployException(string message) : base(message)
    {
    }

    /// <summary>A failure with a one-line message and its cause.</summary>
    public DeployException(string message, Exception inner) : base(message, inner)
    {
    }
}
