using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Reads the text of the files that <see cref="ReadFiles"/> listed without reading
/// (<see cref="ReadFiles.DeferContent"/>, <see cref="Keys.FilePath"/>) into their documents, in parallel,
/// keeping their other metadata (e.g. the slug). A file that cannot be read, or is not text, gets
/// <see cref="Keys.ReadError"/> and an error at <c>path:1</c>, as in <see cref="ReadFiles"/>. Documents that
/// already have their text pass through unchanged. Placed first in the notes' slices, so that a full build
/// holds one slice's text at a time.
/// </summary>
public sealed class ReadContent : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        return (doc, _) =>
        {
            return doc.Get<string>(Keys.FilePath) is { } file
                ? ReadFiles.ReadText(doc.With(Keys.FilePath, null), file, context)
                : doc;
        };
    }
}
