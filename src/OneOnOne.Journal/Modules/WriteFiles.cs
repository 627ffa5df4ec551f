using System.Text;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Writes each document with a destination under the output folder, in parallel. A file whose bytes
/// are already there is not rewritten (so a rebuild touches only what changed). Binary content comes
/// from <see cref="Keys.Bytes"/>, text is written as UTF-8 without a byte-order mark.
/// </summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var root = context.Options.OutputPath;
        Parallel.ForEach(inputs.Where(d => d.Destination is not null), doc =>
        {
            if (doc.Get<bool>(Keys.Reused))
            {
                context.RecordOutputFile(doc.Destination!, changed: false);
                return;
            }

            var bytes = doc.Get<byte[]>(Keys.Bytes) ?? Utf8.GetBytes(doc.Content);
            var changed = Write(root, doc.Destination!, bytes);
            context.RecordOutputFile(doc.Destination!, changed);
        });
        return Task.FromResult(inputs);
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> below <paramref name="root"/> unless the file already holds them.</summary>
    /// <returns>True when the file was written.</returns>
    public static bool Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        var info = new FileInfo(path);
        if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return true;
    }
}
