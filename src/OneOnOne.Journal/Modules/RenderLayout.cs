using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Renders each page with its theme layout (<see cref="Keys.Layout"/> and <see cref="Keys.Model"/>),
/// then wraps the result in the theme's <c>base</c> layout (head, navigation, footer), in parallel.
/// </summary>
public sealed class RenderLayout : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var journal = BuildJournal.From(context);
        var shell = new ShellFactory(journal, context);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            var layout = doc.Get<string>(Keys.Layout);
            if (layout is null)
            {
                outputs[i] = doc;
                return;
            }

            if (context.Cache is { } cache && doc.Destination is { } destination && !cache.MustRender(destination))
            {
                outputs[i] = doc.With(Keys.Reused, true);
                return;
            }

            var body = context.Theme.Render(layout, doc.Get<object>(Keys.Model) ?? new object());
            var html = context.Theme.Render("base", shell.Create(doc, body));
            outputs[i] = doc.WithContent(html);
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
