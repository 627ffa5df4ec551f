using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Marks the note files that are templates (<see cref="TemplateFile"/>: <c>&lt;% %&gt;</c>, <c>{{date}}</c>, a literal
/// <c>YYYY-MM-DD</c> date) with <see cref="Template"/> and empties their text, so that their placeholders are not parsed
/// (a <c>{{date}}</c> is not valid YAML) and <see cref="CreateNotes"/> lists each once, as the other files without a date:
/// <c>info: not a 1:1 note (no date)</c> (issue #15).
/// A file that could not be read is left as it is: it stays an error. Runs after <see cref="ReadContent"/>.
/// </summary>
public sealed class MarkTemplates : ParallelModule
{
    /// <summary>Metadata key: true on the files recognised as templates.</summary>
    public const string Template = nameof(Template);

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        return (doc, _) =>
        {
            return !doc.Metadata.ContainsKey(Keys.ReadError) && TemplateFile.IsTemplate(doc.Source ?? "", doc.Content)
                ? doc.WithContent("").With(Template, true)
                : doc;
        };
    }
}
