using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Reads every <c>*.md</c> file below a folder (recursively, in parallel) into documents whose
/// <see cref="Document.Source"/> is <c>&lt;label&gt;/&lt;relative path&gt;</c>. A file that is
/// binary or not UTF-8 still becomes a document, with <see cref="Keys.ReadError"/> set and an error
/// reported, so that it is never silently lost. A missing folder gives no documents.
/// </summary>
/// <param name="folder">Absolute folder to read.</param>
/// <param name="label">Prefix of the source paths, e.g. <c>input/notes</c>.</param>
/// <param name="exclude">Absolute sub-folders to skip (e.g. the people folder when a vault keeps it inside the notes folder); null for none.</param>
public sealed class ReadFiles(string folder, string label, IReadOnlyList<string>? exclude = null) : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<Document>>(inputs);
        }

        var files = Directory.EnumerateFiles(folder, "*.md", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => exclude is null || !exclude.Any(x => IsInside(f, x)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var docs = new Document[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var source = label + "/" + Path.GetRelativePath(folder, files[i]).Replace('\\', '/');
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(files[i]);
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
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. docs]);
    }

    private static bool IsInside(string file, string folder) =>
        Path.GetFullPath(file).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
