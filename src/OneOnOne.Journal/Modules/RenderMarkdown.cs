using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Parses each document's Markdown body with Markdig (task lists, tables, heading ids), analyses it
/// (<see cref="Keys.Body"/>: action items, feedback, wins) and sets the content to the rendered HTML.
/// The syntax tree is kept under <see cref="Syntax"/> for the next module and dropped by it (with a
/// <see cref="PipelineContext.Cache"/>, notes' results are cached per input document, without the tree).
/// </summary>
public sealed partial class RenderMarkdown : IModule
{
    /// <summary>Metadata key of the Markdig syntax tree.</summary>
    public const string Syntax = nameof(Syntax);

    /// <summary>Metadata key of the plain text of the body.</summary>
    public const string PlainText = nameof(PlainText);

    /// <summary>Metadata key of the summary: the text of the body's top-level paragraphs (headings and lists left out).</summary>
    public const string Summary = nameof(Summary);

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            // people too: their pipeline runs before the notes on every preview rebuild
            var cacheable = context.Cache is not null && doc.Source is { } src
                && (src.StartsWith("input/notes/", StringComparison.Ordinal) || src.StartsWith("input/people/", StringComparison.Ordinal));
            if (cacheable && context.Cache!.TryGet(nameof(RenderMarkdown), doc.Source!, doc, null, context) is { } cached)
            {
                outputs[i] = cached;
                return;
            }

            var markdown = doc.Get<string>(Keys.Markdown) ?? "";
            var syntax = Markdown.Parse(markdown, MarkdownPipelines.Notes);
            var body = MarkdownAnalyzer.Analyze(syntax, doc.Get<int>(Keys.BodyLine));
            var html = LabelTaskBoxes(syntax.ToHtml(MarkdownPipelines.Notes));
            outputs[i] = doc.WithContent(html)
                .With(Syntax, syntax)
                .With(Keys.Body, body)
                .With(PlainText, ToPlainText(html))
                .With(Summary, string.Join(" ", syntax.OfType<Markdig.Syntax.ParagraphBlock>().Select(b => MarkdownAnalyzer.InlineText(b.Inline))));
            if (cacheable)
            {
                // notes do not need the syntax tree after this module; keeping 10,000 trees would cost hundreds of MB
                outputs[i] = outputs[i].With(Syntax, null);
                context.Cache!.Set(nameof(RenderMarkdown), doc.Source!, doc, null, outputs[i], []);
            }
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>Gives Markdig's read-only task-list checkboxes an accessible name ("done" / "open"), which screen readers need (WCAG 4.1.2).</summary>
    public static string LabelTaskBoxes(string html) =>
        html.Contains("type=\"checkbox\"", StringComparison.Ordinal)
            ? html.Replace("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" />", "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"done\" />", StringComparison.Ordinal)
                .Replace("<input disabled=\"disabled\" type=\"checkbox\" />", "<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"open\" />", StringComparison.Ordinal)
            : html;

    /// <summary>The text of an HTML fragment: tags removed, entities decoded, white space collapsed.</summary>
    public static string ToPlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
