namespace OneOnOne.Journal.Cli;

/// <summary>
/// The process exit codes every command shares (README, "Commands"). Commands add their own meaning for 1 (a note
/// had an error, a note already exists...) and publish's 2 also means "nothing was published".
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command line could not be used: an unknown option, a value of the wrong kind (<c>--port abc</c>), no journal found.</summary>
    public const int BadArguments = 2;

    /// <summary>
    /// An unexpected exception (a bug, not bad input): one line is printed, the stack trace only with <c>--verbose</c>.
    /// 70 is <c>EX_SOFTWARE</c> of BSD's sysexits.h, so it is not confused with the commands' own codes.
    /// </summary>
    public const int InternalError = 70;

    /// <summary>
    /// <c>deploy</c>: the site was published into the local output folder but could not be sent to the target (no rsync,
    /// an unreachable bucket, a refused folder); the target still serves the previous site.
    /// </summary>
    public const int DeployFailed = 3;
}
