using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Renders each page with its theme layout (<see cref="Keys.Layout"/> and <see cref="Keys.Model"/>),
/// then wraps the result in the theme's <c>base</c> layout (head, navigation, footer), in parallel.
/// In an incremental rebuild (<see cref="PipelineContext.Session"/>), a page is not rendered (marked
/// <see cref="Keys.Reused"/>) when the change cannot affect it (<see cref="ChangeSet.MustRender"/>), or when its layout, title and model are
/// the same as when it was last rendered (compared by a hash of the model as JSON, <see cref="PageFingerprints"/>). The page's site-root links are
/// left for <see cref="ObscurePaths"/> and <see cref="ResolveLinks"/>: an encrypted publish moves and seals pages after
/// this module. A build that does neither renders with <see cref="RenderPageBytes"/> instead.
/// </summary>
public sealed class RenderLayout : ParallelModule
{
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
            hash.AppendData(model is null ? [] : JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), JournalJson.Fingerprint));
            return Convert.ToBase64String(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Stands for the page's body while the base layout renders; replaced by the body when the page is put together.</summary>
    private const string BodySlot = "\uE000oneonone:body\uE001";

    /// <summary><see cref="BodySlot"/> as the base layout's <c>Body</c> (HTML, written as it is).</summary>
    private static readonly Theming.Html BodySlotHtml = new(BodySlot);

    /// <summary>
    /// The page's HTML. The base layout is rendered first (with <see cref="BodySlot"/> as its
    /// <c>Body</c>), then the page's layout straight into the buffer after the base layout's head, so
    /// no body string is made for the base layout to copy again. Its site-root links are left as they are.
    /// </summary>
    /// <param name="theme">The theme.</param>
    /// <param name="shell">Makes the base layout's model.</param>
    /// <param name="doc">The page.</param>
    /// <param name="layout">The page's layout.</param>
    /// <param name="frame">The section's base layout rendered once (<see cref="MakeFrame"/>), or null to render it for this page.</param>
    private static string Render(Theming.Theme theme, ShellFactory shell, Document doc, string layout, Frame? frame)
    {
        using var html = RenderInto(theme, shell, doc, layout, frame);
        return html.ToString();
    }

    /// <summary>As <see cref="Render"/> with links resolved for <paramref name="linkPrefix"/>, as UTF-8 bytes without a byte-order mark.</summary>
    private static byte[] RenderUtf8(Theming.Theme theme, ShellFactory shell, Document doc, string layout, string linkPrefix, Frame? frame)
    {
        using var html = RenderInto(theme, shell, doc, layout, frame);
        return ResolveLinks.ResolveToUtf8(html.Span, linkPrefix);
    }

    /// <summary>Stands for the page's title while a <see cref="Frame"/> is made.</summary>
    private const string TitleSlot = "\uE000oneonone:title\uE001";

    /// <summary>A title with every character an HTML encoder treats specially, to check that the base layout writes the title encoded.</summary>
    private const string TitleProbe = "<a href=\"x\" class='y'>&amp; `=` é ü 😀</a> ";

    /// <summary>
    /// The base layout of the pages of one section, rendered once: the text around the title and the body.
    /// Within a build the base layout's model differs between pages of a section only by title and body.
    /// </summary>
    /// <param name="Head">Text before the first slot.</param>
    /// <param name="Middle">Text between the two slots.</param>
    /// <param name="Tail">Text after the second slot.</param>
    /// <param name="TitleFirst">True when the title comes before the body.</param>
    private sealed record Frame(string Head, string Middle, string Tail, bool TitleFirst);

    /// <summary>
    /// Renders the base layout of a section once with <see cref="TitleSlot"/> and <see cref="BodySlot"/>,
    /// or null when the layout does not write each exactly once or does not write the title encoded
    /// exactly like <c>{{ Title }}</c> (then every page renders the base layout itself).
    /// </summary>
    private static Frame? MakeFrame(Theming.Theme theme, ShellFactory shell, string section, bool printable)
    {
        var text = theme.Render(Site.Models.BasePageModel.Layout, shell.Create(TitleSlot, section, printable, BodySlotHtml));
        var title = text.IndexOf(TitleSlot, StringComparison.Ordinal);
        var body = text.IndexOf(BodySlot, StringComparison.Ordinal);
        if (title < 0 || body < 0 || text.LastIndexOf(TitleSlot, StringComparison.Ordinal) != title || text.LastIndexOf(BodySlot, StringComparison.Ordinal) != body)
        {
            return null;
        }

        using var probe = new TextBuffer(256);
        Theming.Theme.WriteTitle(TitleProbe, probe);
        var expected = text.Replace(TitleSlot, probe.ToString() + TitleSlot, StringComparison.Ordinal);
        if (theme.Render(Site.Models.BasePageModel.Layout, shell.Create(TitleProbe + TitleSlot, section, printable, BodySlotHtml)) != expected)
        {
            return null;
        }

        var (first, firstLength, second, secondLength) = title < body
            ? (title, TitleSlot.Length, body, BodySlot.Length)
            : (body, BodySlot.Length, title, TitleSlot.Length);
        return new Frame(text[..first], text[(first + firstLength)..second], text[(second + secondLength)..], title < body);
    }

    /// <summary>Renders the page into a rented buffer (the caller disposes it).</summary>
    private static TextBuffer RenderInto(Theming.Theme theme, ShellFactory shell, Document doc, string layout, Frame? frame)
    {
        if (frame is null || shell.TitleOf(doc).Length == 0)
        {
            return RenderInto(theme, shell, doc, layout);
        }

        var whole = new TextBuffer();
        try
        {
            var model = doc.Get<object>(Keys.Model) ?? new object();
            whole.Write(frame.Head);
            if (frame.TitleFirst)
            {
                Theming.Theme.WriteTitle(shell.TitleOf(doc), whole);
                whole.Write(frame.Middle);
                theme.Render(layout, model, whole);
            }
            else
            {
                theme.Render(layout, model, whole);
                whole.Write(frame.Middle);
                Theming.Theme.WriteTitle(shell.TitleOf(doc), whole);
            }

            whole.Write(frame.Tail);
            return whole;
        }
        catch
        {
            whole.Dispose();
            throw;
        }
    }

    /// <summary>Renders the page into a rented buffer (the caller disposes it).</summary>
    private static TextBuffer RenderInto(Theming.Theme theme, ShellFactory shell, Document doc, string layout)
    {
        var model = doc.Get<object>(Keys.Model) ?? new object();
        using var frame = new TextBuffer(4096);
        theme.Render(Site.Models.BasePageModel.Layout, shell.Create(doc, BodySlotHtml), frame);
        var slot = frame.Span.IndexOf(BodySlot, StringComparison.Ordinal);
        var whole = new TextBuffer();
        try
        {
            if (slot < 0 || frame.Span.LastIndexOf(BodySlot, StringComparison.Ordinal) != slot)
            {
                // a base layout that does not show the body exactly once
                var body = theme.Render(layout, model);
                theme.Render(Site.Models.BasePageModel.Layout, shell.Create(doc, new Theming.Html(body)), whole);
            }
            else
            {
                whole.Write(frame.Span[..slot]);
                theme.Render(layout, model, whole);
                whole.Write(frame.Span[(slot + BodySlot.Length)..]);
            }

            return whole;
        }
        catch
        {
            whole.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context) => Renderer(context, toBytes: false);

    /// <summary>
    /// What renders each page of one run: as its HTML string (<see cref="Document.Content"/>), or, for
    /// <see cref="RenderPageBytes"/>, as its final bytes with links resolved (<see cref="Keys.Bytes"/>).
    /// </summary>
    internal static DocumentProcessor Renderer(PipelineContext context, bool toBytes)
    {
        var journal = BuildJournal.From(context);
        var shell = new ShellFactory(journal, context);
        var fingerprints = PageFingerprints.Of(context);

        // the base layout differs between pages of a section only by title and body: render it once per section
        var frames = new System.Collections.Concurrent.ConcurrentDictionary<(string, bool), Lazy<Frame?>>();
        Frame? FrameOf(Document doc) => frames.GetOrAdd(
            (doc.Get<string>(Keys.Section) ?? "", doc.Get<bool>(Keys.Printable)),
            key => new Lazy<Frame?>(() => MakeFrame(context.Theme, shell, key.Item1, key.Item2))).Value;
        return (doc, _) =>
        {
            var layout = doc.Get<string>(Keys.Layout);
            if (layout is null)
            {
                return doc;
            }

            if (context.Changes is { } changes && doc.Destination is { } destination
                && (!changes.MustRender(destination) || (Fingerprint(doc) is { } fingerprint && fingerprints!.Unchanged(destination, fingerprint, changes.Everything))))
            {
                return doc.With(Keys.Reused, true);
            }

            if (toBytes && doc.Destination is { } to)
            {
                return doc.With(Keys.Bytes, RenderUtf8(context.Theme, shell, doc, layout, ResolveLinks.PrefixFor(to, context.Options.BasePath), FrameOf(doc)));
            }

            return doc.WithContent(Render(context.Theme, shell, doc, layout, FrameOf(doc)));
        };
    }
}
