using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>What the body of a note says, beyond its HTML: action items, feedback, wins and topics queued for next time.</summary>
/// <param name="Tasks">Task-list items, in order.</param>
/// <param name="Feedback">Lines of sections headed "Feedback".</param>
/// <param name="Wins">Lines of sections headed "Wins" (or "Win").</param>
/// <param name="Tags">Inline <c>#tags</c> in paragraphs (Obsidian habit), lower case, without <c>#</c>.</param>
/// <param name="Problems">Lines that could not be read fully (line, message).</param>
public sealed record MarkdownBody(
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<FeedbackEntry> Feedback,
    IReadOnlyList<string> Wins,
    IReadOnlyList<string> Tags,
    IReadOnlyList<(int Line, string Message)> Problems)
{
    /// <summary>Items of sections headed "Next time", "Next 1:1" or "Topics for next time": topics queued for the next meeting.</summary>
    public IReadOnlyList<string> Next { get; init; } = [];

    /// <summary>Items of those sections struck through whole (<c>~~topic~~</c>): topics dropped from the queue, without the tildes.</summary>
    public IReadOnlyList<string> DroppedNext { get; init; } = [];

    /// <summary>An empty body.</summary>
    public static readonly MarkdownBody Empty = new([], [], [], [], []);
}
