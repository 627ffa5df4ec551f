using System.Text;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Turns a file's bytes into journal text: strict UTF-8, the byte-order mark removed, CRLF and CR
/// line endings turned into LF. Binary and non-UTF-8 files are refused with a reason, never guessed.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <returns>The text and null, or null and a plain reason ("binary file", "not valid UTF-8 ...").</returns>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, "the file is UTF-16; save it as UTF-8");
        }

        if (bytes[..Math.Min(bytes.Length, 8000)].IndexOf((byte)0) >= 0)
        {
            return (null, "the file is binary, not a Markdown note");
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes[..Math.Max(0, Math.Min(bytes.Length, e.Index))].Count((byte)'\n');
            return (null, $"the file is not valid UTF-8 (near line {line}); save it as UTF-8");
        }

        return (NormalizeNewlines(text), null);
    }

    /// <summary>Replaces CRLF and lone CR by LF.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
