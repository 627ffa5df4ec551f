using System.Text;

namespace OneOnOne.Journal.Text;

/// <summary>
/// Where <see cref="LinkRewriter"/> puts the rewritten text, piece by piece. Implemented by structs and passed by
/// reference, so that the rewriter's one loop is compiled once per sink with no virtual call or branch per piece.
/// </summary>
internal interface ITextSink
{
    /// <summary>Appends <paramref name="text"/>.</summary>
    void Write(ReadOnlySpan<char> text);
}

/// <summary>Appends to a <see cref="TextWriter"/> (a <see cref="TextBuffer"/>, for a string result).</summary>
/// <param name="writer">The writer.</param>
internal readonly struct WriterSink(TextWriter writer) : ITextSink
{
    /// <inheritdoc />
    public void Write(ReadOnlySpan<char> text) => writer.Write(text);
}

/// <summary>Counts the UTF-8 bytes of the text (no byte-order mark), to size the array that <see cref="Utf8Sink"/> fills.</summary>
internal struct Utf8CountSink : ITextSink
{
    /// <summary>Bytes counted so far.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<char> text) => Count += LinkRewriter.Utf8.GetByteCount(text);
}

/// <summary>
/// Writes the text as UTF-8 into an array that <see cref="Utf8CountSink"/> sized. Every piece the rewriter cuts ends
/// next to an ASCII character, so a surrogate pair is never split between two pieces.
/// </summary>
/// <param name="target">The array, exactly as long as the text's UTF-8 bytes.</param>
internal struct Utf8Sink(byte[] target) : ITextSink
{
    /// <summary>Bytes written so far.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<char> text) => Count += LinkRewriter.Utf8.GetBytes(text, target.AsSpan(Count));
}
