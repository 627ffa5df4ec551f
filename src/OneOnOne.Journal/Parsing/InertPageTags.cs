using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// A Markdig extension that writes the raw HTML of a Markdown body with its page-level tags made inert: every
/// <c>&lt;meta&gt;</c>, <c>&lt;base&gt;</c> and <c>&lt;link&gt;</c> tag is written as text (its <c>&lt;</c> as
/// <c>&amp;lt;</c>), so it shows in the note as typed and does nothing. The page's Content-Security-Policy cannot
/// stop them (issue #14): <c>&lt;meta http-equiv=refresh&gt;</c> moves the reader to another host, even after a
/// published page is unlocked; <c>&lt;meta name=referrer&gt;</c> overrides the site's referrer policy;
/// <c>&lt;link rel=dns-prefetch&gt;</c> sends a host name to DNS. None has a use in a note. Every other tag is
/// written as the user typed it (the journal is the user's own writing). Raw HTML only: Markdown text and code
/// are HTML-encoded by Markdig already.
/// </summary>
public sealed partial class InertPageTags : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer());
            html.ObjectRenderers.Replace<HtmlInlineRenderer>(new InlineRenderer());
        }
    }

    /// <summary>
    /// <paramref name="html"/> with the <c>&lt;</c> of each <c>meta</c>, <c>base</c> and <c>link</c> start tag written
    /// as <c>&amp;lt;</c>. A tag name is matched as an HTML parser reads one: <c>&lt;</c> then the name in any case,
    /// ended by white space, <c>/</c>, <c>&gt;</c> or the end of the text.
    /// </summary>
    public static string Neutralise(string html) =>
        html.Contains('<', StringComparison.Ordinal) ? PageTag().Replace(html, "&lt;${name}") : html;

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?<name>(?:meta|base|link)(?=[\s/>]|$))", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PageTag();

    private sealed class BlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            // the lines are joined first: a tag name is never split across lines, but the check is then the same for any block
            var lines = obj.Lines;
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                text.Append(lines.Lines[i].Slice.AsSpan());
                text.Append('\n');
            }

            renderer.Write(Neutralise(text.ToString()));
        }
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(Neutralise(obj.Tag));
            }
        }
    }
}
