using Markdig;
using Markdig.Syntax;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Parses each document's Markdown body with Markdig (task lists, tables, heading ids), analyses it
/// (<see cref="Keys.Body"/>: action items, feedback, wins) and sets the content to the rendered HTML.
/// The syntax tree is kept under <see cref="Syntax"/> for the next module and dropped by it (with a
/// <see cref="PipelineContext.Session"/>, notes' results are cached per input document, without the tree).
/// Markdown that Markdig cannot parse (nested deeper than <see cref="InputLimits.MaxMarkdownDepth"/>) is an error at
/// its line for that document only, which then shows its text in a <c>pre</c> and has no action items or summary.
/// </summary>
/// <param name="keepSyntax">Whether to keep the syntax tree under <see cref="Syntax"/> for the next module (meeting types read it); notes
/// do not need it, and keeping every note's tree until the next module would hold hundreds of MB in a large journal.</param>
/// <param name="keepMarkdown">Whether to keep the Markdown body under <see cref="Keys.Markdown"/>; notes do not read it again (only
/// whether it was blank: <see cref="BlankBody"/>), so the Notes pipeline drops it here rather than after the next module.</param>
public sealed class RenderMarkdown(bool keepSyntax = true, bool keepMarkdown = true) : ParallelModule
{
    /// <summary>Metadata key of a bool: true when the Markdown body is empty or white space only.</summary>
    public const string BlankBody = nameof(BlankBody);

    /// <summary>Metadata key of the Markdig syntax tree.</summary>
    public const string Syntax = nameof(Syntax);

    /// <summary>Metadata key of the summary: the text of the body's top-level paragraphs (headings and lists left out), cut after <see cref="Domain.Note.SummaryChars"/> characters as the note keeps it.</summary>
    public const string Summary = nameof(Summary);

    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = ModuleResults.Of(context);
        return (doc, _) =>
        {
            // people too: their pipeline runs before the notes on every preview rebuild
            // a running document's section: its path is the whole file's, whose cached result it must not replace
            var cacheable = results is not null && doc.Source is { } src && !doc.Get<bool>(SplitRunningDocuments.Section)
                && (src.StartsWith("input/notes/", StringComparison.Ordinal) || src.StartsWith("input/people/", StringComparison.Ordinal));
            if (cacheable && results!.TryGet(nameof(RenderMarkdown), doc.Source!, doc, null, context) is { } cached)
            {
                return cached;
            }

            var markdown = doc.Get<string>(Keys.Markdown) ?? "";
            var written = markdown;
            markdown = Parsing.Conventions.LogseqBlocks.HideProperties(markdown); // Logseq's "id:: ..." lines are not text
            var bodyLine = doc.Get<int>(Keys.BodyLine);
            MarkdownDocument syntax;
            MarkdownBody body;
            string html;
            Diagnostic[] problems = [];
            try
            {
                syntax = Markdown.Parse(markdown, MarkdownPipelines.Notes);
                body = MarkdownAnalyzer.Analyze(syntax, bodyLine);
                html = LabelTaskBoxes(syntax.ToHtml(MarkdownPipelines.Notes));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // one note's Markdown must not stop the build (issue #14): the note is shown as its text, with the error
                (syntax, body, html) = (new MarkdownDocument(), MarkdownBody.Empty, AsText(markdown));
                problems = [MarkdownNesting.IsTooDeep(e)
                    ? Diagnostic.Error(doc.Source ?? "?", Math.Max(1, bodyLine) + MarkdownNesting.FirstBadLine(markdown, MarkdownPipelines.Notes) - 1, $"the Markdown is nested too deeply (more than {InputLimits.MaxMarkdownDepth} levels of quotes, lists, emphasis or links) from this line; the note is shown as plain text until the nesting is made shallower")
                    : Diagnostic.Error(doc.Source ?? "?", Math.Max(1, bodyLine), $"the Markdown could not be rendered ({e.Message.TrimEnd('.')}); the note is shown as plain text")];
                foreach (var problem in problems)
                {
                    context.Report(problem);
                }
            }

            var output = doc.WithContent(html)
                .With(Syntax, keepSyntax ? syntax : null)
                .With(BlankBody, string.IsNullOrWhiteSpace(markdown))
                .With(Keys.Markdown, keepMarkdown ? written : null)
                .With(Keys.Body, body)
                .With(Summary, SummaryOf(syntax));
            if (cacheable)
            {
                // notes do not need the syntax tree after this module; keeping 10,000 trees would cost hundreds of MB
                output = output.With(Syntax, null);
                results!.Set(nameof(RenderMarkdown), doc.Source!, doc, null, output, problems);
            }

            return output;
        };
    }

    /// <summary>Markdown that could not be rendered, as its own text: HTML-encoded in a <c>pre</c>, so nothing in it is markup.</summary>
    private static string AsText(string markdown) =>
        "<pre class=\"markdown-source\">" + Theming.HtmlEncoding.Encode(markdown) + "</pre>\n";

    /// <summary>The text of the top-level paragraphs, each as <see cref="MarkdownAnalyzer.InlineText"/> gives it, joined by a space.</summary>
    private static string SummaryOf(Markdig.Syntax.MarkdownDocument syntax)
    {
        var builder = t_summary ??= new System.Text.StringBuilder(1024);
        builder.Clear();
        var first = true;
        foreach (var block in syntax)
        {
            if (builder.Length > Domain.Note.SummaryChars)
            {
                break; // the note keeps no more than this
            }

            if (block is Markdig.Syntax.ParagraphBlock paragraph)
            {
                if (!first)
                {
                    builder.Append(' ');
                }

                first = false;
                MarkdownAnalyzer.AppendInlineText(paragraph.Inline, builder);
            }
        }

        var summary = builder.ToString(0, Math.Min(builder.Length, Domain.Note.SummaryChars));
        if (builder.Capacity > 64 * 1024)
        {
            t_summary = null;
        }

        return summary;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_summary;

    /// <summary>Gives Markdig's read-only task-list checkboxes an accessible name ("done" / "open"), which screen readers need (WCAG 4.1.2).</summary>
    public static string LabelTaskBoxes(string html) =>
        html.Contains("type=\"checkbox\"", StringComparison.Ordinal)
            ? html.Replace("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" />", "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"done\" />", StringComparison.Ordinal)
                .Replace("<input disabled=\"disabled\" type=\"checkbox\" />", "<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"open\" />", StringComparison.Ordinal)
            : html;

    /// <summary>The text of an HTML fragment: tags removed, entities decoded, white space collapsed.</summary>
    public static string ToPlainText(string html) => HtmlText.ToPlainText(html);
}
