using System.Text;
using AngleSharp.Html.Parser;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Tests.Support;
using OneOnOne.Journal.Text;

namespace OneOnOne.Journal.Tests.Text;

/// <summary>
/// The one link rewriter (<see cref="LinkRewriter"/>) behind <see cref="ResolveLinks"/> and <see cref="ObscurePaths"/>:
/// on the theme's own base layout and on hand-made fragments, the string and UTF-8 forms give the same text, a target
/// writes only the start of each value, and everything else is copied as it is.
/// </summary>
public sealed class LinkRewriterTests
{
    /// <summary>A test target: <c>~/path</c> becomes <c>/PATH</c>, so that what the target wrote is easy to see.</summary>
    private readonly struct UpperTarget : ILinkTarget
    {
        public void Write<TSink>(ReadOnlySpan<char> path, ref TSink sink)
            where TSink : struct, ITextSink
        {
            sink.Write("/");
            sink.Write(path.ToString().ToUpperInvariant());
        }
    }

    [Fact]
    public void The_base_layouts_links_point_next_to_a_person_page_and_nothing_else_changes()
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn-html"));
        var resolved = ResolveLinks.Resolve(html, "people/alice/index.html");

        var before = new HtmlParser().ParseDocument(html);
        var after = new HtmlParser().ParseDocument(resolved);
        var rootLinks = before.All.SelectMany(e => e.Attributes.Select(a => (Element: e, Attribute: a)))
            .Where(x => x.Attribute.Name is "href" or "src" or "action" or "data-root" && x.Attribute.Value.StartsWith("~/", StringComparison.Ordinal))
            .ToList();
        Assert.True(rootLinks.Count >= 4, $"the base layout should hold the stylesheet, icon, home and search links; found {rootLinks.Count}");
        var afterElements = after.All.ToList();
        Assert.Equal(before.All.Count(), afterElements.Count);
        foreach (var (element, attribute) in rootLinks)
        {
            var path = attribute.Value[2..];
            var (file, suffix) = path.IndexOfAny(['#', '?']) is var cut and >= 0 ? (path[..cut], path[cut..]) : (path, "");
            var expected = "../../" + file + (file.Length == 0 || file.EndsWith('/') ? "index.html" : "") + suffix;
            var index = before.All.ToList().IndexOf(element);
            Assert.Equal(expected, afterElements[index].GetAttribute(attribute.Name));
        }

        // outside the links the text is the same: cut at each rewritten value, the pieces between are equal
        Assert.DoesNotContain("=\"~/", resolved, StringComparison.Ordinal);
        Assert.Equal(html.Split("=\"~/").Length, resolved.Split("=\"../../").Length);
        Assert.Equal(html.Split("=\"~/")[0], resolved.Split("=\"../../")[0]);
    }

    [Fact]
    public void The_string_and_utf8_forms_give_the_same_text_around_non_ascii_and_many_links()
    {
        // more links than the first pooled array holds (64), each next to text that is not ASCII (accents, an emoji's surrogate pair)
        var html = new StringBuilder("<nav>😀");
        for (var i = 0; i < 150; i++)
        {
            html.Append(CultureInfoInvariant($"<a href=\"~/people/ä{i}/#goals\">Zoë 😀 {i}</a><img src=\"%7E/assets/é{i}.png\">"));
        }

        var text = html.Append("</nav>é").ToString();
        var asString = LinkRewriter.Rewrite(text, new UpperTarget());
        var asBytes = LinkRewriter.RewriteToUtf8(text, new UpperTarget());

        Assert.Equal(Encoding.UTF8.GetBytes(asString), asBytes);
        Assert.Contains("<a href=\"/PEOPLE/Ä149/#goals\">Zoë 😀 149</a><img src=\"/ASSETS/É149.PNG\">", asString, StringComparison.Ordinal);
        Assert.StartsWith("<nav>😀<a href=\"/PEOPLE/Ä0/#goals\">", asString, StringComparison.Ordinal);
        Assert.EndsWith("</nav>é", asString, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_writes_only_the_start_of_the_value_and_the_suffix_and_quote_are_kept()
    {
        const string html = "<a class=\"x\" href=\"~/search/?q=a#top\">s</a> href=\"~/\" <form action=\"~/notes/2026\">";

        Assert.Equal("<a class=\"x\" href=\"/SEARCH/?q=a#top\">s</a> href=\"/\" <form action=\"/NOTES/2026\">", LinkRewriter.Rewrite(html, new UpperTarget()));
    }

    [Fact]
    public void Text_without_site_root_links_is_handed_back_as_the_same_string()
    {
        const string html = "<a href=\"https://example.org/~/x\">out</a><a href=\"../people/\">relative</a><a href='~/single'>";

        Assert.Same(html, LinkRewriter.Rewrite(html, new UpperTarget()));
        Assert.Equal(Encoding.UTF8.GetBytes(html), LinkRewriter.RewriteToUtf8(html, new UpperTarget()));
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
