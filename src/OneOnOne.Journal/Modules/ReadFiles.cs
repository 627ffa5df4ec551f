using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Reads every <c>*.md</c> file below a folder (recursively, in parallel) into documents whose
/// <see cref="Document.Source"/> is <c>&lt;label&gt;/&lt;relative path&gt;</c>. A file that is
/// binary or not UTF-8 still becomes a document, with <see cref="Keys.ReadError"/> set and an error
/// reported, so that it is never silently lost. A missing folder gives no documents. With a
/// <see cref="PipelineContext.Cache"/>, a file whose length and last-write time did not change is not
/// read again: the previous document is reused.
/// </summary>
/// <param name="folder">Absolute folder to read.</param>
/// <param name="label">Prefix of the source paths, e.g. <c>input/notes</c>.</param>
public sealed class ReadFiles(string folder, string label) : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<Document>>(inputs);
        }

        var cache = context.Cache;
        var files = new DirectoryInfo(folder).EnumerateFiles("*.md", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(f => (f.FullName, Stamp: cache is null ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Length}:{f.LastWriteTimeUtc.Ticks}")))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        var docs = new Document[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, stamp) = files[i];
            var source = label + "/" + Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (cache?.TryGet(nameof(ReadFiles), source, null, stamp, context) is { } cached)
            {
                cache.Seen(source, changed: false);
                docs[i] = cached;
                return;
            }

            cache?.Seen(source, changed: true);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (IOException e)
            {
                context.Report(Diagnostic.Error(source, 1, $"the file could not be read: {e.Message}"));
                docs[i] = Document.Create(source, null, "").With(Keys.ReadError, e.Message);
                return;
            }

            var (text, error) = TextDecoder.Decode(bytes);
            if (error is not null)
            {
                context.Report(Diagnostic.Error(source, 1, error));
                docs[i] = Document.Create(source, null, "").With(Keys.ReadError, error);
                return;
            }

            docs[i] = Document.Create(source, null, text!);
            cache?.Set(nameof(ReadFiles), source, null, stamp, docs[i], []);
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. docs]);
    }
}
