using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

public class LabelledTaskListsTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("- [ ] open item\n- [x] done item\n- [X] done too\n")]
    [InlineData("1. [ ] numbered\n   - [x] nested\n")]
    [InlineData("- [ ] {.cls} with attributes\n- [x] plain\n")]
    [InlineData("Text with <input disabled=\"disabled\" type=\"checkbox\" /> raw html\n\n- [ ] box\n")]
    [InlineData("- [] not a box\n- [ ]not a box either\n")]
    [InlineData("| a | b |\n|---|---|\n| [ ] | [x] |\n")]
    public void Renders_what_labelling_plain_markdig_output_gave(string markdown)
    {
        var expected = RenderMarkdown.LabelTaskBoxes(Markdown.Parse(markdown, Plain).ToHtml(Plain));
        var actual = RenderMarkdown.LabelTaskBoxes(Markdown.Parse(markdown, MarkdownPipelines.Notes).ToHtml(MarkdownPipelines.Notes));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Boxes_carry_their_accessible_name()
    {
        var html = Markdown.Parse("- [ ] a\n- [x] b\n", MarkdownPipelines.Notes).ToHtml(MarkdownPipelines.Notes);
        Assert.Contains("type=\"checkbox\" aria-label=\"open\" />", html);
        Assert.Contains("checked=\"checked\" aria-label=\"done\" />", html);
    }

    [Theory]
    [InlineData("Plain words")]
    [InlineData("  lead and trail  ")]
    [InlineData("two  spaces and\u00a0\u00a0nbsp, one\u00a0nbsp")]
    [InlineData("line one\nline two  \nhard break\\\nafter")]
    [InlineData("**bold** _em_ `code  span` [link](http://x) <http://auto.example> &amp; &copy;")]
    [InlineData("#tag and #other/tag and a#not")]
    public void InlineText_matches_the_regular_expression_form(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownPipelines.Notes);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var raw = new System.Text.StringBuilder();
            var expected = Regex.Replace(Raw(paragraph.Inline), @"\s{2,}", " ").Trim();
            Assert.Equal(expected, MarkdownAnalyzer.InlineText(paragraph.Inline));
            MarkdownAnalyzer.AppendInlineText(paragraph.Inline, raw);
            Assert.Equal(expected, raw.ToString());
        }
    }

    // the inline text before collapsing, as the analyser's Append gathers it
    private static string Raw(Markdig.Syntax.Inlines.ContainerInline? inline)
    {
        var builder = new System.Text.StringBuilder();
        void Walk(Markdig.Syntax.Inlines.Inline i)
        {
            switch (i)
            {
                case Markdig.Extensions.TaskLists.TaskList: break;
                case Markdig.Syntax.Inlines.LiteralInline l: builder.Append(l.Content.AsSpan()); break;
                case Markdig.Syntax.Inlines.CodeInline c: builder.Append(c.Content); break;
                case Markdig.Syntax.Inlines.LineBreakInline: builder.Append(' '); break;
                case Markdig.Syntax.Inlines.HtmlEntityInline e: builder.Append(e.Transcoded.AsSpan()); break;
                case Markdig.Syntax.Inlines.AutolinkInline a: builder.Append(a.Url); break;
                case Markdig.Syntax.Inlines.ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        if (inline is not null)
        {
            Walk(inline);
        }

        return builder.ToString();
    }
}
