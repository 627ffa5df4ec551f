using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Rewrites site-root links (<c>href="~/people/alice-chen/"</c>) into links relative to each page
/// (<c>../../people/alice-chen/index.html</c>), so the site works from any sub-path of a host and
/// from <c>file://</c> (DESIGN.md, "URLs"). Markdig writes <c>~</c> in Markdown links as <c>%7E</c>; both are rewritten. Folder links get <c>index.html</c> appended because a
/// browser opening files from disk does not look for it. Links are found by <see cref="RootLinks"/>
/// (one pass, no regular expression); a page without any keeps its content string.
/// </summary>
public sealed class ResolveLinks : ParallelModule
{
    /// <summary>Metadata key: true when the page's links were already resolved where it was put together (<see cref="RenderLayout"/> without a publish key), so this module leaves it as it is.</summary>
    internal const string Resolved = "LinksResolved";

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        return (doc, _) =>
        {
            if (doc.Destination is null || doc.Get<bool>(Keys.Reused) || doc.Get<bool>(Resolved))
            {
                return doc;
            }

            var resolved = Resolve(doc.Content, doc.Destination, context.Options.BasePath);
            return ReferenceEquals(resolved, doc.Content) ? doc : doc.WithContent(resolved);
        };
    }

    /// <summary>The prefix from a page to the site root: <c>people/alice-chen/index.html</c> → <c>../../</c>.</summary>
    public static string RootPrefix(string destination)
    {
        var depth = destination.AsSpan().Count('/');
        return depth switch
        {
            0 => "",
            1 => "../",
            2 => "../../",
            3 => "../../../",
            4 => "../../../../",
            _ => string.Concat(Enumerable.Repeat("../", depth)),
        };
    }

    /// <summary>The prefix that links of the page at <paramref name="destination"/> get in place of <c>~/</c>.</summary>
    internal static string PrefixFor(string destination, string? basePath) =>
        destination == "404.html" && !string.IsNullOrWhiteSpace(basePath)
            ? "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "")
            : RootPrefix(destination);

    /// <summary>
    /// Rewrites every <c>"~/...</c> attribute value in <paramref name="html"/> for a page at <paramref name="destination"/>.
    /// The 404 page is served at any depth by a host, so with a <paramref name="basePath"/> its links are absolute under it.
    /// Returns <paramref name="html"/> itself when it holds no site-root link.
    /// </summary>
    public static string Resolve(string html, string destination, string? basePath = null)
    {
        if (!RootLinks.TryFind(html, 0, out var first))
        {
            return html;
        }

        using var output = new TextBuffer(html.Length + 1024);
        Resolve(html, first, PrefixFor(destination, basePath), output);
        return output.ToString();
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// <paramref name="html"/> with its site-root links rewritten for <paramref name="prefix"/>, encoded as
    /// UTF-8 without a byte-order mark straight from the original text: one pass finds the links, a
    /// second counts the bytes, a third writes them into an array of exactly that size (no rewritten
    /// copy of the text is made).
    /// </summary>
    internal static byte[] ResolveToUtf8(ReadOnlySpan<char> html, string prefix)
    {
        var links = System.Buffers.ArrayPool<RootLink>.Shared.Rent(64);
        try
        {
            var count = 0;
            for (var from = 0; RootLinks.TryFind(html, from, out var link); from = link.End)
            {
                if (count == links.Length)
                {
                    var more = System.Buffers.ArrayPool<RootLink>.Shared.Rent(count * 2);
                    links.AsSpan(0, count).CopyTo(more);
                    System.Buffers.ArrayPool<RootLink>.Shared.Return(links);
                    links = more;
                }

                links[count++] = link;
            }

            var found = links.AsSpan(0, count);
            var bytes = GC.AllocateUninitializedArray<byte>(EmitUtf8(html, found, prefix, null));
            EmitUtf8(html, found, prefix, bytes);
            return bytes;
        }
        finally
        {
            System.Buffers.ArrayPool<RootLink>.Shared.Return(links);
        }
    }

    /// <summary>Counts (<paramref name="target"/> null) or writes the UTF-8 bytes of the resolved text; returns their number.</summary>
    private static int EmitUtf8(ReadOnlySpan<char> html, ReadOnlySpan<RootLink> links, string prefix, byte[]? target)
    {
        var n = 0;
        var copied = 0;
        foreach (var link in links)
        {
            n = Put(html[copied..link.EqualsSign], target, n);
            n = Put("=\"", target, n);
            n = Put(prefix, target, n);
            var file = html[link.PathStart..link.Split];
            n = Put(file, target, n);
            if (file.Length == 0 || file[^1] == '/')
            {
                n = Put("index.html", target, n);
            }

            n = Put(html[link.Split..link.End], target, n);
            copied = link.End;
        }

        return Put(html[copied..], target, n);

        // every cut is next to an ASCII character, so no surrogate pair is ever split
        static int Put(ReadOnlySpan<char> text, byte[]? target, int at) =>
            target is null ? at + Utf8.GetByteCount(text) : at + Utf8.GetBytes(text, target.AsSpan(at));
    }

    /// <summary>Writes <paramref name="html"/> to <paramref name="output"/> with its site-root links rewritten, starting at the already found <paramref name="first"/> link.</summary>
    internal static void Resolve(ReadOnlySpan<char> html, RootLink first, string prefix, TextWriter output)
    {
        var copied = 0;
        var link = first;
        do
        {
            output.Write(html[copied..link.EqualsSign]);
            output.Write("=\"");
            output.Write(prefix);
            var file = html[link.PathStart..link.Split];
            output.Write(file);
            if (file.Length == 0 || file[^1] == '/')
            {
                output.Write("index.html");
            }

            output.Write(html[link.Split..link.End]);
            copied = link.End;
        }
        while (RootLinks.TryFind(html, copied, out link));

        output.Write(html[copied..]);
    }
}
