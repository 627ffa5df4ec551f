using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// The common spellings of meeting types in other tools' notes (issue #15): <c>one_on_one</c>, <c>1:1</c>,
/// <c>1-on-1</c>, <c>one-on-one</c> are <c>regular</c>; <c>skip</c>, <c>skip_level</c> are <c>skip-level</c>;
/// <c>intro</c> is <c>introductory</c>. A journal's own meeting type with the written id always wins.
/// </summary>
public static class MeetingTypeSpellings
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["oneonone"] = MeetingType.DefaultId,
        ["11"] = MeetingType.DefaultId,
        ["1on1"] = MeetingType.DefaultId,
        ["1to1"] = MeetingType.DefaultId,
        ["one2one"] = MeetingType.DefaultId,
        ["1o1"] = MeetingType.DefaultId,
        ["skip"] = "skip-level",
        ["skiplevel"] = "skip-level",
        ["skip1on1"] = "skip-level",
        ["intro"] = "introductory",
        ["introduction"] = "introductory",
    };

    /// <summary>The meeting type id that <paramref name="text"/> means, or null when it is no known spelling.</summary>
    /// <param name="text">The <c>type:</c> value as written.</param>
    /// <param name="known">The journal's meeting type ids: a spelling maps only to a type that exists.</param>
    public static string? Resolve(string text, IReadOnlyCollection<string> known)
    {
        var key = new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return Spellings.TryGetValue(key, out var id) && known.Contains(id) ? id : null;
    }
}
