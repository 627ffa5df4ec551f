using System.Text.Json;

namespace OneOnOne.Journal.Search;

/// <summary>
/// The one rule for a search result's snippet text: at most <see cref="MaxChars"/> characters, cut at the last space
/// when there is one in the second half, then <c>" …"</c>. The browser picks the snippet it shows from this text.
/// </summary>
internal static class SearchSnippet
{
    /// <summary>Snippet texts are cut to this many characters (before the <c>" …"</c>).</summary>
    public const int MaxChars = 600;

    /// <summary>How many characters of <paramref name="text"/> the snippet keeps; the whole text (and no <c>" …"</c>) when it is at most <see cref="MaxChars"/> long.</summary>
    public static int Kept(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text.Length;
        }

        var cut = text.LastIndexOf(' ', MaxChars);
        return cut > MaxChars / 2 ? cut : MaxChars;
    }

    /// <summary>Writes the snippet of <paramref name="text"/> as a JSON string without making it a string first.</summary>
    public static void Write(Utf8JsonWriter json, string text)
    {
        var keep = Kept(text);
        if (keep == text.Length)
        {
            json.WriteStringValue(text);
            return;
        }

        Span<char> snippet = stackalloc char[MaxChars + 2];
        text.AsSpan(0, keep).CopyTo(snippet);
        " …".CopyTo(snippet[keep..]);
        json.WriteStringValue(snippet[..(keep + 2)]);
    }
}
