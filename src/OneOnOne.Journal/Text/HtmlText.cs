using System.Buffers;
using System.Net;

namespace OneOnOne.Journal.Text;

/// <summary>
/// The plain text of an HTML fragment in one pass: every tag (<c>&lt;</c> up to the next <c>&gt;</c>) becomes
/// a space, entities are decoded as <see cref="WebUtility.HtmlDecode(string)"/> decodes them, runs of white
/// space become one space and the ends are trimmed. Same result as the regular-expression form
/// <c>Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "&lt;[^&gt;]*&gt;", " ")), @"\s+", " ").Trim()</c>,
/// without its intermediate strings: only the result is allocated (plus two strings when the text holds an
/// entity other than <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>, which Markdig writes).
/// </summary>
public static class HtmlText
{
    /// <summary>The plain text of <paramref name="html"/> (never null; empty for an empty fragment).</summary>
    public static string ToPlainText(string html) => ToPlainText(html.AsSpan());

    /// <summary>The plain text of the UTF-8 HTML fragment <paramref name="utf8Html"/>, without a string for the HTML; at most its first <paramref name="maxChars"/> characters.</summary>
    public static string ToPlainText(ReadOnlySpan<byte> utf8Html, int maxChars = int.MaxValue)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(utf8Html.Length)));
        try
        {
            var length = System.Text.Encoding.UTF8.GetChars(utf8Html, chars);
            return ToPlainText(chars.AsSpan(0, length), maxChars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The plain text of <paramref name="html"/> (never null; empty for an empty fragment); at most its first <paramref name="maxChars"/> characters.</summary>
    public static string ToPlainText(ReadOnlySpan<char> html, int maxChars = int.MaxValue)
    {
        if (html.Length == 0)
        {
            return "";
        }

        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var length = StripTags(html, buffer, out var rareEntity);
            if (rareEntity)
            {
                // an entity beyond the four Markdig writes: let WebUtility decode it exactly
                var decoded = WebUtility.HtmlDecode(new string(buffer, 0, length));
                return Collapse(decoded.AsSpan(), buffer, maxChars);
            }

            return Collapse(buffer.AsSpan(0, length), null, maxChars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies <paramref name="html"/> into <paramref name="buffer"/> with tags replaced by a space and the four common entities decoded.</summary>
    /// <returns>The number of characters written; <paramref name="rareEntity"/> is true when another <c>&amp;</c> was seen (nothing decoded then).</returns>
    private static int StripTags(ReadOnlySpan<char> html, char[] buffer, out bool rareEntity)
    {
        rareEntity = false;
        var written = 0;
        var i = 0;
        var span = html;
        var tags = true;
        while (i < span.Length)
        {
            var next = tags ? span[i..].IndexOfAny('<', '&') : span[i..].IndexOf('&');
            if (next < 0)
            {
                span[i..].CopyTo(buffer.AsSpan(written));
                written += span.Length - i;
                break;
            }

            span.Slice(i, next).CopyTo(buffer.AsSpan(written));
            written += next;
            i += next;
            if (span[i] == '<')
            {
                var close = span[(i + 1)..].IndexOf('>');
                if (close < 0)
                {
                    // no tag can close: the rest is text (entities still decoded)
                    tags = false;
                    buffer[written++] = '<';
                    i++;
                    continue;
                }

                buffer[written++] = ' ';
                i += close + 2;
                continue;
            }

            buffer[written++] = '&';
            i++;
            if (!rareEntity)
            {
                var rest = span[i..];
                (char C, int Skip) entity =
                    rest.StartsWith("amp;") ? ('&', 4)
                    : rest.StartsWith("lt;") ? ('<', 3)
                    : rest.StartsWith("gt;") ? ('>', 3)
                    : rest.StartsWith("quot;") ? ('"', 5)
                    : ('\0', 0);
                if (entity.Skip > 0)
                {
                    buffer[written - 1] = entity.C;
                    i += entity.Skip;
                }
                else
                {
                    rareEntity = true;
                }
            }
        }

        if (rareEntity)
        {
            // start again without decoding anything, so that WebUtility sees the text exactly as the tags left it
            written = 0;
            i = 0;
            while (i < span.Length)
            {
                var next = span[i..].IndexOf('<');
                var close = next < 0 ? -1 : span[(i + next + 1)..].IndexOf('>');
                if (close < 0)
                {
                    span[i..].CopyTo(buffer.AsSpan(written));
                    written += span.Length - i;
                    break;
                }

                span.Slice(i, next).CopyTo(buffer.AsSpan(written));
                written += next;
                buffer[written++] = ' ';
                i += next + close + 2;
            }
        }

        return written;
    }

    /// <summary>The text with white-space runs collapsed to one space and the ends trimmed; <paramref name="scratch"/> (when given, at least as long as the text) is reused.</summary>
    private static string Collapse(ReadOnlySpan<char> text, char[]? scratch, int maxChars)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        text = text[start..end];
        var rented = scratch is null || scratch.Length < text.Length ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var output = rented ?? scratch!;
        try
        {
            var written = 0;
            var inSpace = false;
            foreach (var c in text)
            {
                if (written >= maxChars)
                {
                    break; // later characters cannot change the ones kept
                }

                if (char.IsWhiteSpace(c))
                {
                    inSpace = true;
                    continue;
                }

                if (inSpace)
                {
                    output[written++] = ' ';
                    inSpace = false;
                }

                output[written++] = c;
            }

            return new string(output, 0, Math.Min(written, maxChars));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
