using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Creates page documents from the <see cref="JournalModel"/> with a page factory: each page has a
/// destination, a layout name and a model (see <see cref="Site.Page"/>).
/// </summary>
/// <param name="factory">Makes the pages of one kind from the journal and the build context.</param>
public sealed class CreatePages(Func<Domain.JournalModel, PipelineContext, IEnumerable<Site.Page>> factory) : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var journal = BuildJournal.From(context);
        var pages = new List<Document>();
        foreach (var p in factory(journal, context))
        {
            if (context.Cache is { } cache && (Site.ReusedPage.Is(p) || !cache.MustRender(p.Destination)))
            {
                // preview: the file the previous build wrote stays; no document to render or write (10,000 note pages per save)
                context.RecordOutputFile(p.Destination, changed: false);
                continue;
            }

            pages.Add(Document.Create(null, p.Destination, "")
                .With(Keys.Layout, p.Layout)
                .With(Keys.Model, p.Model)
                .With(Keys.Title, p.Title)
                .With(Keys.Section, p.Section)
                .With(Keys.Printable, p.Printable));
        }
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. pages]);
    }
}
