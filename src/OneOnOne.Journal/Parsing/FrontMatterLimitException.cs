namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Thrown inside <see cref="FrontMatterParser"/> when front matter uses something the tool refuses (an alias,
/// <see cref="FrontMatterLimits"/>), and caught there: it becomes the result's error, never leaves the parser.
/// </summary>
/// <param name="line">1-based line in the file.</param>
/// <param name="message">The message for the user: what, the limit, how to fix.</param>
internal sealed class FrontMatterLimitException(int line, string message) : Exception(message)
{
    /// <summary>1-based line in the file.</summary>
    public int Line { get; } = line;
}
