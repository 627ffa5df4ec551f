namespace OneOnOne.Journal.Cli;

/// <summary>How the long-running commands (<c>preview</c>, <c>serve</c>) wait: until Ctrl+C cancels the command.</summary>
internal static class ConsoleLifetime
{
    /// <summary>Completes when <paramref name="cancel"/> is cancelled (Ctrl+C); never throws for it.</summary>
    public static async Task WaitUntilCancelledAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
