using System.Text;

namespace OneOnOne.Journal.Text;

/// <summary>
/// Text kept as UTF-8 bytes (about half the memory of a string for mostly-ASCII text), compared by content, for
/// values that a build holds for every note but reads once (a note's HTML). Reading allocates the string each time.
/// </summary>
internal sealed class Utf8Text : IEquatable<Utf8Text>
{
    private readonly byte[] _bytes;

    private Utf8Text(byte[] bytes) => _bytes = bytes;

    /// <summary>The empty text.</summary>
    public static readonly Utf8Text Empty = new([]);

    /// <summary>Encodes <paramref name="text"/>.</summary>
    public static Utf8Text From(string text) => text.Length == 0 ? Empty : new(Encoding.UTF8.GetBytes(text));

    /// <summary>The text (a new string on each call, except for the empty text).</summary>
    public override string ToString() => _bytes.Length == 0 ? "" : Encoding.UTF8.GetString(_bytes);

    /// <summary>The plain text of the HTML this holds (<see cref="HtmlText"/>), without decoding it to a string first; at most <paramref name="maxChars"/> characters of it.</summary>
    public string HtmlToPlainText(int maxChars = int.MaxValue) => HtmlText.ToPlainText(_bytes, maxChars);

    /// <inheritdoc />
    public bool Equals(Utf8Text? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Utf8Text);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
