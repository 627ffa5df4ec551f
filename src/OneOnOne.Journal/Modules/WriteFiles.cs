using System.Buffers;
using System.Text;
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
        var fs = context.FileSystem;

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
                changed = Write(fs, root, doc.Destination, bytes);
            }
            else
            {
                var text = doc.Content;
                var encoded = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
                try
                {
                    var length = Utf8.GetBytes(text, encoded);
                    changed = Write(fs, root, doc.Destination, encoded.AsSpan(0, length));
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

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="relative"/> below <paramref name="root"/> in <paramref name="fs"/>
    /// unless the file already holds them (<see cref="IFileSystem.WriteIfChanged"/>: on disk, one open of the file).
    /// </summary>
    /// <returns>True when the file was written.</returns>
    public static bool Write(IFileSystem fs, string root, string relative, ReadOnlySpan<byte> bytes) =>
        fs.WriteIfChanged(Path.Combine(root, relative), bytes);
}
