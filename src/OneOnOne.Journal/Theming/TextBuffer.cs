using System.Buffers;
using System.Text;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// A growable character buffer that is also a <see cref="TextWriter"/>: templates render into it and
/// the page stage reads the result as a span, without the intermediate strings and string-builder
/// chunks of a <see cref="StringWriter"/>. Its array comes from <see cref="ArrayPool{T}.Shared"/>;
/// one buffer per thread is reused for every page (<see cref="ForThread"/>), so a full build does not
/// allocate per page for rendering. Not thread-safe.
/// </summary>
internal sealed class TextBuffer : TextWriter
{
    [ThreadStatic]
    private static TextBuffer?[]? _perThread;

    private char[] _chars;
    private int _length;

    public TextBuffer(int capacity = 16 * 1024) => _chars = ArrayPool<char>.Shared.Rent(capacity);

    /// <summary>One of a few buffers reused by the current thread (<paramref name="slot"/> 0..3), emptied.</summary>
    public static TextBuffer ForThread(int slot)
    {
        var buffers = _perThread ??= new TextBuffer?[4];
        var buffer = buffers[slot] ??= new TextBuffer();
        buffer.Clear();
        return buffer;
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>Number of characters written.</summary>
    public int Length => _length;

    /// <summary>The characters written so far (valid until the next write or <see cref="Clear"/>).</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    /// <summary>Forgets the content, keeping the array (a buffer that grew very large gives it back).</summary>
    public void Clear()
    {
        _length = 0;
        if (_chars.Length > 4 * 1024 * 1024)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(16 * 1024);
        }
    }

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

    private void Grow(int more)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
