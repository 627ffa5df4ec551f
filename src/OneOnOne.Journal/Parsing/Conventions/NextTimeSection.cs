namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// The headings of a section that queues topics for the next meeting (issue #15; docs/journal-format.md, "Topics for
/// next time"): <c>## Next time</c>, <c>## Next 1:1</c>, <c>## Topics for next time</c> and their common variants. Its
/// list items join <c>next:</c> (<see cref="Domain.TopicQueue"/>); a task-list item there is an action item, not a topic.
/// </summary>
public static class NextTimeSection
{
    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal)
    {
        "next time", "next 1:1", "next 1-1", "next 1on1", "next one-on-one", "next one on one", "next meeting",
        "topics for next time", "topics for next 1:1", "topics for the next 1:1", "topics for next meeting", "for next time",
        "next time topics", "next 1:1 topics", "agenda for next time", "parking lot for next time",
    };

    /// <summary>Whether a heading's text (any case, a trailing colon allowed) opens a "next time" section.</summary>
    public static bool IsHeading(string heading) => Headings.Contains(heading.Trim().TrimEnd(':').Trim().ToLowerInvariant());
}
