using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Writes each document with a destination under the output folder, in parallel. A file whose bytes
/// are already there is not rewritten (so a rebuild touches only what changed). Binary content comes
/// from <see cref="Keys.Bytes"/>, text is written as UTF-8 without a byte-order mark (encoded into a
/// pooled buffer, not a new array per page).
/// </summary>
public sealed class WriteFiles : ParallelModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var root = context.Options.OutputPath;

        // a full build removed every link in the output folder before writing; a preview rebuild of a few pages
        // checks the path of each file it writes instead, so that it never writes through a link (issue #14)
        var checkLinks = context.Changes is { Everything: false };
        return (doc, _) =>
        {
            if (doc.Destination is null)
            {
                return doc;
            }

            if (doc.Get<bool>(Keys.Reused))
            {
                context.RecordOutputFile(doc.Destination, changed: false);
                return doc;
            }

            if (checkLinks)
            {
                Building.OutputFolder.UnlinkOnPath(root, doc.Destination);
            }

            bool changed;
            if (doc.Get<byte[]>(Keys.Bytes) is { } bytes)
            {
                changed = Write(root, doc.Destination, bytes);
            }
            else
            {
                var text = doc.Content;
                var encoded = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
                try
                {
                    var length = Utf8.GetBytes(text, encoded);
                    changed = Write(root, doc.Destination, encoded.AsSpan(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(encoded);
                }
            }

            context.RecordOutputFile(doc.Destination, changed);
            return doc;
        };
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> below <paramref name="root"/> unless the file already holds them.</summary>
    /// <returns>True when the file was written.</returns>
    public static bool Write(string root, string relative, byte[] bytes) => Write(root, relative, bytes.AsSpan());

    /// <summary>
    /// Writes <paramref name="bytes"/> with one open of the file (create or open, compare when the
    /// length is the same, write and truncate otherwise) instead of a stat, a read and a rewrite.
    /// </summary>
    private static bool Write(string root, string relative, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(root, relative);
        if (bytes.IsEmpty)
        {
            return WriteEmpty(path);
        }

        // one stat when the folder exists (most pages have a folder of their own, so caching them saves little)
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var existing = RandomAccess.GetLength(handle);
        if (existing == bytes.Length && SameBytes(handle, bytes))
        {
            return false;
        }

        RandomAccess.Write(handle, bytes, 0);
        if (existing > bytes.Length)
        {
            RandomAccess.SetLength(handle, bytes.Length);
        }

        return true;
    }

    private static bool SameBytes(SafeFileHandle handle, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                if (n == 0)
                {
                    return false;
                }

                read += n;
            }

            return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool WriteEmpty(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length == 0)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
        return true;
    }
}
