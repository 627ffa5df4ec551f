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
        var pages = factory(journal, context)
            .Select(p => context.Cache is { } cache && !cache.MustRender(p.Destination)
                ? Document.Create(null, p.Destination, "").With(Keys.Layout, p.Layout).With(Keys.Reused, true)
                : Document.Create(null, p.Destination, "")
                .With(Keys.Layout, p.Layout)
                .With(Keys.Model, p.Model)
                .With(Keys.Title, p.Title)
                .With(Keys.Section, p.Section)
                .With(Keys.Printable, p.Printable))
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. pages]);
    }
}
