using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Text;

namespace OneOnOne.Journal.Tests.Text;

public class HtmlTextTests
{
    // the regular-expression form HtmlText replaced: the oracle it must match on every input
    private static string Oracle(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " ")), @"\s+", " ").Trim();

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("<p>Hello <em>world</em></p>\n<ul>\n<li>one</li>\n</ul>")]
    [InlineData("  <p>  padded  </p>  ")]
    [InlineData("a &amp; b &lt;c&gt; &quot;d&quot;")]
    [InlineData("&amp;lt; stays an escaped entity")]
    [InlineData("&lt;b&gt;not a tag&lt;/b&gt;")]
    [InlineData("rare: &nbsp;x&copy;&#39;&#x41;&eacute;&unknown; & alone &")]
    [InlineData("rare in a tag <a title=\"&copy;\">x</a> and &amp;")]
    [InlineData("unclosed < tag &amp; then text")]
    [InlineData("<p>closed</p> then < unclosed &lt; &nbsp;")]
    [InlineData("a<br>b<br/>c")]
    [InlineData("tabs\tand\r\nnewlines\u00a0nbsp\u2003em\u2028line")]
    [InlineData("<p>&#32;space entity&#10;newline entity&#32;</p>")]
    [InlineData("&")]
    [InlineData("&amp")]
    [InlineData("<")]
    [InlineData("<>")]
    [InlineData(">")]
    [InlineData("<p>multi\nline\n<a\nhref='x'>tag</a></p>")]
    [InlineData("<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"open\" /> task")]
    public void Matches_the_regular_expression_form(string html)
    {
        Assert.Equal(Oracle(html), HtmlText.ToPlainText(html));
        Assert.Equal(Oracle(html), HtmlText.ToPlainText(System.Text.Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void A_note_keeps_its_html_and_derives_the_same_plain_text()
    {
        var html = "<p>Caf\u00e9 &amp; <em>th\u00e9</em> \U0001F4C5 2026</p>";
        var note = new OneOnOne.Journal.Domain.Note { SourcePath = "n.md", Slug = "n", Title = "t", BodyHtml = html };
        Assert.Equal(html, note.BodyHtml);
        Assert.Equal(Oracle(html), note.PlainText);
        Assert.Equal(note, note with { });
    }

    [Fact]
    public void Every_white_space_character_collapses_as_regex_does()
    {
        var builder = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                builder.Append('x').Append((char)c).Append((char)c).Append('y');
            }
        }

        var html = builder.ToString();
        Assert.Equal(Oracle(html), HtmlText.ToPlainText(html));
    }

    [Fact]
    public void Random_fragments_match_the_regular_expression_form()
    {
        string[] pieces = ["<p>", "</p>", "<", ">", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#39;", "&copy;", " ", "\n", "\t", "word", "é", "\u00a0", "amp;", "<a href=\"&amp;\">", ";"];
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            for (var k = random.Next(12); k > 0; k--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var html = builder.ToString();
            var full = Oracle(html);
            Assert.Equal(full, HtmlText.ToPlainText(html));
            var max = random.Next(0, 20);
            Assert.Equal(full[..Math.Min(full.Length, max)], HtmlText.ToPlainText(System.Text.Encoding.UTF8.GetBytes(html), max));
        }
    }
}
