using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Renders each page with its theme layout (<see cref="Keys.Layout"/> and <see cref="Keys.Model"/>),
/// then wraps the result in the theme's <c>base</c> layout (head, navigation, footer), in parallel.
/// In an incremental rebuild (<see cref="PipelineContext.Cache"/>), a page is not rendered (marked
/// <see cref="Keys.Reused"/>) when the change cannot affect it, or when its layout, title and model are
/// the same as when it was last rendered (compared by a hash of the model as JSON).
/// </summary>
public sealed class RenderLayout : IModule
{
    private static readonly JsonSerializerOptions FingerprintJson = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 256,
    };

    /// <summary>
    /// A hash of everything a page is rendered from except the theme and the journal-wide shell (those
    /// force a full render when they change): layout, title, section and the model as JSON. Null when the
    /// model cannot be serialised (then the page is always rendered).
    /// </summary>
    internal static string? Fingerprint(Document doc)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes($"{doc.Get<string>(Keys.Layout)}\n{doc.Get<string>(Keys.Title)}\n{doc.Get<string>(Keys.Section)}\n{doc.Get<bool>(Keys.Printable)}\n"));
            var model = doc.Get<object>(Keys.Model);
            hash.AppendData(model is null ? [] : JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), FingerprintJson));
            return Convert.ToBase64String(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
        {
            return null;
        }
    }

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

            if (context.Cache is { } cache && doc.Destination is { } destination
                && (!cache.MustRender(destination) || (Fingerprint(doc) is { } fingerprint && cache.Unchanged(destination, fingerprint))))
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
