using AngleSharp.Html.Parser;
using Markdig;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

/// <summary>A note's <c>meta</c>, <c>base</c> and <c>link</c> tags are written as text (issue #14: a meta refresh moved the reader to another host).</summary>
public class InertPageTagsTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + Markdown.Parse(markdown, MarkdownPipelines.Notes).ToHtml(MarkdownPipelines.Notes) + "</body></html>");

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">\n")]
    [InlineData("<META HTTP-EQUIV=REFRESH CONTENT='0; URL=https://attacker.example/'>\n")]
    [InlineData("Before <meta http-equiv=refresh content=\"0;url=https://attacker.example/\"> after.\n")]
    [InlineData("<div>\n<p>x</p>\n<Meta\thttp-equiv=\"refresh\"\ncontent=\"0;url=https://attacker.example/\">\n</div>\n")]
    [InlineData("<div><meta/http-equiv=refresh/content=0;url=https://attacker.example/></div>\n")]
    [InlineData("- a list item <meta http-equiv=\"refresh\" content=\"1\">\n")]
    [InlineData("> <meta name=\"referrer\" content=\"unsafe-url\">\n")]
    [InlineData("<svg><meta http-equiv=refresh content=0></svg>\n")]
    [InlineData("<base href=\"https://attacker.example/\">\n")]
    [InlineData("Text <BASE href=https://attacker.example/> more\n")]
    [InlineData("<link rel=\"dns-prefetch\" href=\"//attacker.example\">\n")]
    [InlineData("<link rel=stylesheet href=\"https://attacker.example/x.css\">\n")]
    public void A_page_level_tag_in_a_body_is_text_not_an_element(string markdown)
    {
        var page = Render(markdown);
        Assert.Empty(page.QuerySelectorAll("meta, base, link"));
        Assert.Matches("(?i)<(meta|base|link)", page.Body!.TextContent);

        // plain Markdig makes it an element: the case is one the extension has to handle
        var plain = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + Markdown.ToHtml(markdown, Plain) + "</body></html>");
        Assert.NotEmpty(plain.QuerySelectorAll("meta, base, link"));
    }

    [Theory]
    [InlineData("<div class=\"box\"><b>bold</b> <metal>x</metal> <meta-data>y</meta-data> <linked>z</linked></div>\n")]
    [InlineData("Inline <kbd>Ctrl</kbd> and <span title=\"meta\">span</span>.\n")]
    [InlineData("`<meta http-equiv=refresh>` in code\n\n    <link rel=x>\n")]
    public void Other_html_and_code_are_written_as_before(string markdown) =>
        Assert.Equal(Markdown.ToHtml(markdown, Plain), Markdown.Parse(markdown, MarkdownPipelines.Notes).ToHtml(MarkdownPipelines.Notes));
}
