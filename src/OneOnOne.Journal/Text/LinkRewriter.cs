using System.Buffers;
using System.Text;

namespace OneOnOne.Journal.Text;

/// <summary>
/// Rewrites the site-root links (<see cref="RootLinks"/>) of an HTML text: the one loop behind resolving links
/// relative to a page and moving them to opaque folders, whether the result is a string or UTF-8 bytes. The links are
/// found once, in one pass; each is replaced by what its <see cref="ILinkTarget"/> writes, the rest of the text is
/// copied as it is.
/// </summary>
internal static class LinkRewriter
{
    /// <summary>UTF-8 without a byte-order mark, as every output file is written.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary><paramref name="html"/> with its links rewritten for <paramref name="target"/>; <paramref name="html"/> itself (the same string) when it holds none.</summary>
    public static string Rewrite<TTarget>(string html, TTarget target)
        where TTarget : struct, ILinkTarget
    {
        var links = Find(html);
        try
        {
            if (links.Span.IsEmpty)
            {
                return html;
            }

            using var output = new TextBuffer(html.Length + 1024);
            var sink = new WriterSink(output);
            Rewrite(html, links.Span, target, ref sink);
            return output.ToString();
        }
        finally
        {
            links.Dispose();
        }
    }

    /// <summary>
    /// <paramref name="html"/> with its links rewritten for <paramref name="target"/>, as UTF-8 bytes without a
    /// byte-order mark, straight from the original text: the links are found once, then the bytes are counted and
    /// written into an array of exactly that size, so no rewritten copy of the text is made.
    /// </summary>
    public static byte[] RewriteToUtf8<TTarget>(ReadOnlySpan<char> html, TTarget target)
        where TTarget : struct, ILinkTarget
    {
        var links = Find(html);
        try
        {
            var count = new Utf8CountSink();
            Rewrite(html, links.Span, target, ref count);
            var bytes = GC.AllocateUninitializedArray<byte>(count.Count);
            var sink = new Utf8Sink(bytes);
            Rewrite(html, links.Span, target, ref sink);
            return bytes;
        }
        finally
        {
            links.Dispose();
        }
    }

    /// <summary>Writes <paramref name="html"/> to <paramref name="sink"/> with each of <paramref name="links"/> (found in it, in order) rewritten for <paramref name="target"/>.</summary>
    public static void Rewrite<TTarget, TSink>(ReadOnlySpan<char> html, ReadOnlySpan<RootLink> links, TTarget target, ref TSink sink)
        where TTarget : struct, ILinkTarget
        where TSink : struct, ITextSink
    {
        var copied = 0;
        foreach (var link in links)
        {
            sink.Write(html[copied..link.EqualsSign]);
            sink.Write("=\"");
            target.Write(html[link.PathStart..link.Split], ref sink);
            sink.Write(html[link.Split..link.End]);
            copied = link.End;
        }

        sink.Write(html[copied..]);
    }

    /// <summary>Every link of <paramref name="html"/>, in order, in a pooled array (disposing the result gives it back).</summary>
    public static FoundLinks Find(ReadOnlySpan<char> html)
    {
        var links = ArrayPool<RootLink>.Shared.Rent(64);
        var count = 0;
        for (var from = 0; RootLinks.TryFind(html, from, out var link); from = link.End)
        {
            if (count == links.Length)
            {
                var more = ArrayPool<RootLink>.Shared.Rent(count * 2);
                links.AsSpan(0, count).CopyTo(more);
                ArrayPool<RootLink>.Shared.Return(links);
                links = more;
            }

            links[count++] = link;
        }

        return new FoundLinks(links, count);
    }

    /// <summary>The links <see cref="Find"/> found, in a pooled array.</summary>
    /// <param name="array">The rented array.</param>
    /// <param name="count">How many of its first items are links.</param>
    internal readonly struct FoundLinks(RootLink[] array, int count) : IDisposable
    {
        /// <summary>The links, in order.</summary>
        public ReadOnlySpan<RootLink> Span => array.AsSpan(0, count);

        /// <inheritdoc />
        public void Dispose() => ArrayPool<RootLink>.Shared.Return(array);
    }
}
