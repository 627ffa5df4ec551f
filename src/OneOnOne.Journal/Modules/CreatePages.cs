using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Creates page documents from the <see cref="JournalModel"/> with a page factory: each page has a
/// destination, a layout name and a model (see <see cref="Site.Page"/>). As the first module of
/// <see cref="InBatches"/> it makes the pages slice by slice (<see cref="Stream"/>), so a family of
/// 10,000 pages holds one slice's models at a time.
/// </summary>
/// <param name="factory">Makes the pages of one kind from the journal and the build context (lazily, as enumerated).</param>
public sealed class CreatePages(Func<Domain.JournalModel, PipelineContext, IEnumerable<Site.Page>> factory) : IDocumentStream
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. Stream(inputs, context)]);

    /// <inheritdoc />
    public IEnumerable<Document> Stream(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        foreach (var input in inputs)
        {
            yield return input;
        }

        var journal = BuildJournal.From(context);
        foreach (var p in factory(journal, context))
        {
            if (context.Changes is { } changes && (Site.ReusedPage.Is(p) || !changes.MustRender(p.Destination)))
            {
                // preview: the file the previous build wrote stays; no document to render or write (10,000 note pages per save)
                context.RecordOutputFile(p.Destination, changed: false);
                continue;
            }

            yield return Document.Create(null, p.Destination, "")
                .With(Keys.Layout, p.Layout)
                .With(Keys.Model, p.Model)
                .With(Keys.Title, p.Title)
                .With(Keys.Section, p.Section)
                .With(Keys.Printable, p.Printable);
        }
    }
}
