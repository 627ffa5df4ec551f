using System.Buffers;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// The site's one HTML encoder (issue #17, item 2): theme values, the page title and the text the program
/// writes into HTML itself (chart labels, task owners) all go through it. It replaces <c>&amp; &lt; &gt; " ' ` =</c>
/// with <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#x27; &amp;#x60; &amp;#x3D;</c> and nothing else: the same
/// spellings as the Handlebars.Net theme before it, so pages did not change byte for byte, and the characters
/// that can end an attribute value, quoted or not, or start a tag. Other characters are written as they are
/// (pages are UTF-8).
/// </summary>
public static class HtmlEncoding
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    /// <summary>The text HTML-encoded (the same string when nothing needs encoding).</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        using var buffer = new TextBuffer(text.Length + 32);
        Write(text, 0, text.Length, static (w, s, i, n) => w.Write(s.AsSpan(i, n)), buffer);
        return buffer.ToString();
    }

    /// <summary>Writes <c>text[start..start+count]</c> HTML-encoded with <paramref name="write"/> (which writes a slice of a string).</summary>
    /// <typeparam name="TState">What <paramref name="write"/> writes to.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start in it.</param>
    /// <param name="count">How many characters.</param>
    /// <param name="write">Writes <c>count</c> characters of a string from an index to the state.</param>
    /// <param name="state">The writer.</param>
    internal static void Write<TState>(string text, int start, int count, Action<TState, string, int, int> write, TState state)
    {
        var end = start + count;
        while (start < end)
        {
            var next = text.AsSpan(start, end - start).IndexOfAny(Special);
            if (next < 0)
            {
                write(state, text, start, end - start);
                return;
            }

            if (next > 0)
            {
                write(state, text, start, next);
            }

            var entity = Entity(text[start + next]);
            write(state, entity, 0, entity.Length);
            start += next + 1;
        }
    }

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        _ => "&#x3D;",
    };
}
