namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>
/// Mood written as a word or an emoji (issue #15): great 😀 = 5, good 🙂 = 4, ok 😐 = 3, meh 🙁 = 2, bad 😞 = 1, the
/// scale of DESIGN.md's <c>mood: 1..5</c>. Case and a trailing emoji variation selector are ignored.
/// </summary>
public static class MoodWords
{
    private static readonly Dictionary<string, int> Moods = new(StringComparer.Ordinal)
    {
        ["great"] = 5,
        ["😀"] = 5,
        ["😃"] = 5,
        ["😄"] = 5,
        ["good"] = 4,
        ["🙂"] = 4,
        ["😊"] = 4,
        ["ok"] = 3,
        ["okay"] = 3,
        ["😐"] = 3,
        ["meh"] = 2,
        ["🙁"] = 2,
        ["☹"] = 2,
        ["bad"] = 1,
        ["😞"] = 1,
        ["😢"] = 1,
    };

    /// <summary>The mood 1..5 that <paramref name="text"/> spells, or null.</summary>
    public static int? Read(string text)
    {
        var key = text.Trim().Replace("\uFE0F", "", StringComparison.Ordinal).ToLowerInvariant();
        return Moods.TryGetValue(key, out var mood) ? mood : null;
    }
}
