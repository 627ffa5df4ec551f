using System.Buffers;
using System.Text;

namespace OneOnOne.Journal.Text;

/// <summary>
/// A growable character buffer that is also a <see cref="TextWriter"/>: templates render into it and
/// the page stage reads the result as a span, without the intermediate strings and string-builder
/// chunks of a <see cref="StringWriter"/>. Its array is rented from <see cref="ArrayPool{T}.Shared"/>
/// and given back on <see cref="Dispose(bool)"/> (arrays beyond 1M characters, the odd huge index page,
/// are plain allocations left to the collector, so the pool does not keep them). Not thread-safe.
/// </summary>
internal sealed class TextBuffer : TextWriter
{
    private const int PooledLimit = 1024 * 1024;

    private char[] _chars;
    private int _length;

    public TextBuffer(int capacity = 16 * 1024) => _chars = Allocate(capacity);

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>Number of characters written.</summary>
    public int Length => _length;

    /// <summary>The characters written so far (valid until the next write or <see cref="Clear"/>).</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    /// <summary>Forgets the content, keeping the array.</summary>
    public void Clear() => _length = 0;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = value;
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(char[]? buffer) => Write(buffer.AsSpan());

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_chars.Length - _length < buffer.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    /// <inheritdoc />
    public override void Write(StringBuilder? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var chunk in value.GetChunks())
        {
            Write(chunk.Span);
        }
    }

    /// <summary>The content as a new string.</summary>
    public override string ToString() => new(Span);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars.Length > 0)
        {
            Release(_chars);
            _chars = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Grow(int more)
    {
        var bigger = Allocate(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        Release(_chars);
        _chars = bigger;
    }

    private static char[] Allocate(int length) =>
        length <= PooledLimit ? ArrayPool<char>.Shared.Rent(length) : GC.AllocateUninitializedArray<char>(length);

    private static void Release(char[] chars)
    {
        if (chars.Length is > 0 and <= PooledLimit)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
