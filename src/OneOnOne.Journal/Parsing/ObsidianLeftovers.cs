using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// A Markdig extension for what Obsidian plugins leave in a note (issue #15): a fenced code block whose info is
/// <c>dataview</c>, <c>dataviewjs</c> or <c>tasks</c>, and a Templater tag <c>&lt;% ... %&gt;</c> (also <c>&lt;%* ... %&gt;</c>,
/// within one paragraph), are written as one small muted line, <see cref="Text"/>, instead of their source. The query is
/// code for a plugin the site does not run: shown, it is noise; left in the HTML, search would index it (search reads the
/// rendered body). Every other code block is written as Markdig writes it.
/// </summary>
public sealed class ObsidianLeftovers : IMarkdownExtension
{
    /// <summary>The line shown instead of a query.</summary>
    public const string Text = "Obsidian query (not shown)";

    /// <summary>The CSS class of that line (muted by the theme).</summary>
    public const string CssClass = "obsidian-query";

    /// <summary>The fenced-code-block infos that are plugin queries, compared case-insensitively.</summary>
    public static readonly IReadOnlySet<string> QueryInfos = new HashSet<string>(["dataview", "dataviewjs", "tasks"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // before the parser of autolinks and raw HTML, which would otherwise write "<%" as text
        if (!pipeline.InlineParsers.Contains<TemplaterParser>())
        {
            pipeline.InlineParsers.InsertBefore<AutolinkInlineParser>(new TemplaterParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QueryBlockRenderer>())
        {
            var original = html.ObjectRenderers.FindExact<CodeBlockRenderer>();
            if (original is not null)
            {
                html.ObjectRenderers.Remove(original);
                html.ObjectRenderers.Insert(0, new QueryBlockRenderer(original));
            }

            html.ObjectRenderers.Add(new TemplaterRenderer());
        }
    }

    /// <summary>Whether a code block is a plugin query.</summary>
    public static bool IsQuery(CodeBlock block) => block is FencedCodeBlock { Info: { } info } && QueryInfos.Contains(info.Trim());

    private sealed class QueryBlockRenderer(CodeBlockRenderer original) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock obj)
        {
            if (IsQuery(obj))
            {
                renderer.EnsureLine();
                renderer.Write("<p class=\"").Write(CssClass).Write("\">").Write(Text).WriteLine("</p>");
                return;
            }

            original.Write(renderer, obj);
        }
    }

    /// <summary>A Templater tag, <c>&lt;% ... %&gt;</c>.</summary>
    private sealed class TemplaterInline : LeafInline;

    private sealed class TemplaterParser : InlineParser
    {
        public TemplaterParser() => OpeningCharacters = ['<'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '%')
            {
                return false;
            }

            var end = slice.Text.IndexOf("%>", slice.Start + 2, slice.End - slice.Start - 1, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
            processor.Inline = new TemplaterInline { Span = new SourceSpan(start, start + (end + 1 - slice.Start)) };
            processor.Inline.Line = line;
            processor.Inline.Column = column;
            slice.Start = end + 2;
            return true;
        }
    }

    private sealed class TemplaterRenderer : HtmlObjectRenderer<TemplaterInline>
    {
        protected override void Write(HtmlRenderer renderer, TemplaterInline obj) =>
            renderer.Write("<span class=\"").Write(CssClass).Write("\">").Write(Text).Write("</span>");
    }
}
