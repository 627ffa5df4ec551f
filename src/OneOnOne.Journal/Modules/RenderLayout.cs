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

    /// <summary>Stands for the page's body while the base layout renders; replaced by the body when the page is put together.</summary>
    private const string BodySlot = "\uE000oneonone:body\uE001";

    /// <summary>
    /// The page's HTML: its layout rendered into one reused buffer, the base layout (with
    /// <see cref="BodySlot"/> for its <c>Body</c>) into another, and the two copied once into the
    /// result, instead of a body string that the base layout copies again into a third string.
    /// </summary>
    internal static string Render(Theming.Theme theme, ShellFactory shell, Document doc, string layout)
    {
        var body = Theming.TextBuffer.ForThread(0);
        theme.Render(layout, doc.Get<object>(Keys.Model) ?? new object(), body);
        var page = Theming.TextBuffer.ForThread(1);
        theme.Render("base", shell.Create(doc, BodySlot), page);
        var slot = page.Span.IndexOf(BodySlot, StringComparison.Ordinal);
        if (slot < 0 || page.Span.LastIndexOf(BodySlot, StringComparison.Ordinal) != slot)
        {
            // a base layout that does not show the body exactly once
            return theme.Render("base", shell.Create(doc, body.ToString()));
        }

        return string.Create(page.Length - BodySlot.Length + body.Length, (page, body, slot), static (target, parts) =>
        {
            var (page, body, slot) = parts;
            page.Span[..slot].CopyTo(target);
            body.Span.CopyTo(target[slot..]);
            page.Span[(slot + BodySlot.Length)..].CopyTo(target[(slot + body.Length)..]);
        });
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

            outputs[i] = doc.WithContent(Render(context.Theme, shell, doc, layout));
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
