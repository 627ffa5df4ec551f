using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Reads the top of each note's Markdown body (<see cref="NoteHead"/>: first heading, <c>Attendees:</c> / <c>Date:</c>
/// lines, people tags) into <see cref="Head"/>, for the conventions of other tools (issue #15). Runs right after
/// <see cref="ParseFrontMatter"/>, before <see cref="ResolveWikiLinks"/> turns <c>[[Name]]</c> into links.
/// </summary>
public sealed class ReadNoteHead : ParallelModule
{
    /// <summary>Metadata key of the <see cref="NoteHead"/>.</summary>
    public const string Head = nameof(Head);

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        return (doc, _) =>
        {
            return doc.With(Head, NoteHead.Read(doc.Get<string>(Keys.Markdown) ?? "", doc.Get<int>(Keys.BodyLine)));
        };
    }
}
