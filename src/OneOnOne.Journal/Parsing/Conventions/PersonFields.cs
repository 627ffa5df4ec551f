namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Person files as other tools write them (issue #15): <c>startDate:</c> / <c>start date:</c> / <c>start:</c> for
/// <c>since:</c>, and <c>[[Name]]</c> links as field values (Obsidian writes <c>manager: "[[Sarah]]"</c>,
/// <c>since: "[[2024-02-01]]"</c>), which mean their text.
/// </summary>
public static class PersonFields
{
    /// <summary>The keys of <c>since</c>, ours first.</summary>
    public static readonly string[] SinceKeys = ["since", "start date", "start"];

    /// <summary>The text of a value written as a wiki link (<c>[[Jordan Lee|Jordan]]</c> → <c>Jordan Lee</c>); other text as it is, trimmed.</summary>
    public static string Unlink(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("[[", StringComparison.Ordinal) && trimmed.EndsWith("]]", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..^2];
            var pipe = trimmed.IndexOf('|', StringComparison.Ordinal);
            return (pipe >= 0 ? trimmed[..pipe] : trimmed).Trim();
        }

        return trimmed;
    }
}
