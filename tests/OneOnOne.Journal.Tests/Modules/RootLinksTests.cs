using System.Text;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Publishing;
using OneOnOne.Journal.Text;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>
/// The hand-written link scanner (<see cref="RootLinks"/>) behind <see cref="ResolveLinks"/> and
/// <see cref="ObscurePaths"/> gives exactly what the regular expressions it replaced gave (kept here
/// as the reference), on edge cases and on many random strings built from the tokens that matter.
/// </summary>
public sealed partial class RootLinksTests
{
    private static readonly Lazy<PublishKey> Key = new(() => PublishKey.Derive("correct horse battery staple", new byte[16]));

    // the regular expressions and replacements used before the scanner, verbatim
    [GeneratedRegex("(?<attr>href|src|action|data-root)=\"(?:~|%7E|%7e)/(?<path>[^\"]*)\"")]
    private static partial Regex OldResolvePattern();

    [GeneratedRegex("(?<attr>href|src|action|data-root)=\"(?:~|%7E|%7e)/(?<path>[^\"#?]*)(?<rest>[#?][^\"]*)?\"")]
    private static partial Regex OldObscurePattern();

    private static string OldResolve(string html, string destination, string? basePath)
    {
        var prefix = destination == "404.html" && !string.IsNullOrWhiteSpace(basePath)
            ? "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : "")
            : string.Concat(Enumerable.Repeat("../", destination.Count(c => c == '/')));
        return OldResolvePattern().Replace(html, m =>
        {
            var path = m.Groups["path"].Value;
            var hash = path.IndexOfAny(['#', '?']);
            var (file, rest) = hash >= 0 ? (path[..hash], path[hash..]) : (path, "");
            if (file.Length == 0 || file.EndsWith('/'))
            {
                file += "index.html";
            }

            return $"{m.Groups["attr"].Value}=\"{prefix}{file}{rest}\"";
        });
    }

    private static string OldObscure(PublishKey key, string html) =>
        OldObscurePattern().Replace(html, m => $"{m.Groups["attr"].Value}=\"~/{ObscurePaths.Map(key, m.Groups["path"].Value)}{m.Groups["rest"].Value}\"");

    public static TheoryData<string> EdgeCases() =>
    [
        "",
        "no links at all",
        "<a href=\"~/\">home</a>",
        "<a href=\"~/people/alice/\">Alice</a>",
        "<a href=\"%7E/people/alice/\">tilde as Markdig writes it</a>",
        "<a href=\"%7e/people/alice/\">lower-case escape</a>",
        "<a href=\"%7F/people/alice/\">another escape</a>",
        "<a href=\"~/notes/2026/x/#goals\">fragment</a><a href=\"~/search/?q=a#b\">query</a>",
        "<a href=\"~/#top\">root fragment</a><a href=\"~/?q\">root query</a>",
        "<a href=\"~/people/alice#\">file with empty fragment</a>",
        "<link rel=\"stylesheet\" href=\"~/assets/site.css\"><img src=\"~/assets/icon.svg\">",
        "<form action=\"~/search/\" data-root=\"~/\">",
        "<a xhref=\"~/a/\" data-src=\"~/b/\" data-action=\"~/c/\" mydata-root=\"~/d/\">no word boundary</a>",
        "<a HREF=\"~/upper/\" href='~/single/' href=\"~/ok/\">",
        "<a href=\"~/unclosed/>never closed",
        "<a href=\"~/a/\"href=\"~/b/\">adjacent</a>",
        "<a href=\"~/a=\"~/b/\">equals at the end of a value</a>",
        "<a href==\"~/x/\">double equals</a><a href =\"~/y/\">space</a>",
        "<a href=\"~\">no slash</a><a href=\"~~/x\">two tildes</a><a href=\"%7E\">escape without slash</a>",
        "<a href=\"~/data-root\"=\"~/y/\">",
        "<p>href=\"~/in text/\" and src=\"~/img.png\"</p>",
        "<a href=\"~/ünïcödé/päth/\">non-ASCII</a> 😀 <a href=\"~/x/\">",
        "<a href=\"~/a b/c?d=\"e\"\">",
        "<a href=\"~/", 
        "href=\"~/",
        "=\"~/x\"",
        "src=\"~/\"",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Resolving_matches_the_old_regular_expression_on_edge_cases(string html)
    {
        foreach (var (destination, basePath) in Destinations)
        {
            Assert.Equal(OldResolve(html, destination, basePath), ResolveLinks.Resolve(html, destination, basePath));
        }
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Resolving_straight_to_UTF_8_gives_the_bytes_of_the_resolved_text(string html)
    {
        foreach (var (destination, basePath) in Destinations)
        {
            var expected = new UTF8Encoding(false).GetBytes(OldResolve(html, destination, basePath));
            Assert.Equal(expected, ResolveLinks.ResolveToUtf8(html, ResolveLinks.PrefixFor(destination, basePath)));
        }
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Obscuring_matches_the_old_regular_expression_on_edge_cases(string html) =>
        Assert.Equal(OldObscure(Key.Value, html), ObscurePaths.Rewrite(Key.Value, html));

    [Fact]
    public void Resolving_and_obscuring_match_the_old_regular_expressions_on_random_text()
    {
        string[] tokens = ["href", "src", "action", "data-root", "data-", "x", "=\"", "=", "\"", "~/", "~", "%7E/", "%7e/", "%7E", "/", "#", "?", "a", " ", "people/", "<a ", ">", "é"];
        var random = new Random(20261122);
        var differences = 0;
        for (var n = 0; n < 5000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 24);
            for (var t = 0; t < count; t++)
            {
                text.Append(tokens[random.Next(tokens.Length)]);
            }

            var html = text.ToString();
            foreach (var (destination, basePath) in Destinations)
            {
                var old = OldResolve(html, destination, basePath);
                if (old != ResolveLinks.Resolve(html, destination, basePath)
                    || !Encoding.UTF8.GetBytes(old).AsSpan().SequenceEqual(ResolveLinks.ResolveToUtf8(html, ResolveLinks.PrefixFor(destination, basePath))))
                {
                    differences++;
                }
            }

            if (OldObscure(Key.Value, html) != ObscurePaths.Rewrite(Key.Value, html))
            {
                differences++;
            }
        }

        Assert.Equal(0, differences);
    }

    [Fact]
    public void The_404_page_gets_absolute_links_under_the_base_path()
    {
        const string html = "<a href=\"~/people/\">p</a><link href=\"~/assets/site.css\">";
        Assert.Equal("<a href=\"/team/journal/people/index.html\">p</a><link href=\"/team/journal/assets/site.css\">", ResolveLinks.Resolve(html, "404.html", "/team/journal/"));
        Assert.Equal("<a href=\"/people/index.html\">p</a><link href=\"/assets/site.css\">", ResolveLinks.Resolve(html, "404.html", "/"));
        Assert.Equal("<a href=\"people/index.html\">p</a><link href=\"assets/site.css\">", ResolveLinks.Resolve(html, "404.html", null));
    }

    [Fact]
    public void A_page_without_site_root_links_keeps_its_string()
    {
        const string html = "<a href=\"https://example.com/\">out</a><a href=\"../x/\">relative</a>";
        Assert.Same(html, ResolveLinks.Resolve(html, "people/alice/index.html"));
        Assert.Same(html, ObscurePaths.Rewrite(Key.Value, html));
    }

    [Fact]
    public void Links_are_found_in_order_with_their_parts()
    {
        const string html = "<a href=\"~/a/#x\"></a><img src=\"%7E/b.png\">";
        Assert.True(RootLinks.TryFind(html, 0, out var first));
        Assert.Equal("href", html[first.Start..first.EqualsSign]);
        Assert.Equal("a/", html[first.PathStart..first.Split]);
        Assert.Equal("#x", html[first.Split..first.Close]);
        Assert.True(RootLinks.TryFind(html, first.End, out var second));
        Assert.Equal("src", html[second.Start..second.EqualsSign]);
        Assert.Equal("b.png", html[second.PathStart..second.Split]);
        Assert.Equal(second.Close, second.Split);
        Assert.False(RootLinks.TryFind(html, second.End, out _));
    }

    private static readonly (string Destination, string? BasePath)[] Destinations =
    [
        ("index.html", null),
        ("people/alice/index.html", null),
        ("notes/2026/2026-03-04-alice/index.html", "/team/"),
        ("a/b/c/d/e/f/index.html", null),
        ("404.html", "/team/journal/"),
        ("404.html", " "),
        ("404.html", "/"),
        ("404.html", null),
    ];
}
