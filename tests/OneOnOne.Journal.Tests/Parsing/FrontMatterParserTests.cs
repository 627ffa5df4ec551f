using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Front_matter_and_body_are_split_with_line_numbers()
    {
        var result = FrontMatterParser.Parse("---\ndate: 2026-03-04\nwith: [a, b]\n---\n# Body\n");

        Assert.Null(result.Error);
        Assert.Equal(5, result.BodyLine);
        Assert.Equal("# Body\n", result.Body);
        Assert.Equal("2026-03-04", result.FrontMatter!.Text("date"));
        Assert.Equal(2, result.FrontMatter.Get("date")!.Line);
        Assert.Equal(["a", "b"], result.FrontMatter.Strings(false, "with").Select(s => s.Text));
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_the_file_line_and_the_body_is_kept()
    {
        var result = FrontMatterParser.Parse("---\ndate: 2026-03-04\nwith: [a, b\ntype: regular\n---\nBody text\n");

        Assert.NotNull(result.Error);
        Assert.Contains("not valid YAML", result.Error);
        Assert.InRange(result.ErrorLine, 3, 5);
        Assert.Null(result.FrontMatter);
        Assert.Equal("Body text\n", result.Body);
    }

    [Fact]
    public void An_unclosed_front_matter_is_an_error_at_line_1()
    {
        var result = FrontMatterParser.Parse("---\ndate: 2026-03-04\n");
        Assert.Equal(1, result.ErrorLine);
        Assert.Contains("no closing", result.Error);
    }

    [Fact]
    public void Text_without_front_matter_is_all_body() =>
        Assert.Null(FrontMatterParser.Parse("Just notes\n").FrontMatter);

    [Fact]
    public void Keys_are_matched_without_regard_to_case_or_separators()
    {
        var map = FrontMatterParser.Parse("---\nWho_Leads: You\n---\n").FrontMatter!;
        Assert.Equal("You", map.Text("who-leads"));
    }

    [Fact]
    public void An_unquoted_wiki_link_list_is_flattened_to_names()
    {
        var map = FrontMatterParser.Parse("---\nattendees: [[Alice Chen]]\n---\n").FrontMatter!;
        Assert.Equal(["Alice Chen"], map.Strings(false, "attendees").Select(s => s.Text));
    }

    [Theory]
    [InlineData("--- \nprivate: true\n---\nbody\n", 2)]
    [InlineData("---\t\nprivate: true\n---\t \nbody\n", 2)]
    [InlineData("---\r\nprivate: true\r\n---\r\nbody\r\n", 2)]
    [InlineData("\uFEFF---\nprivate: true\n---\nbody\n", 2)]
    [InlineData("\n\n---\nprivate: true\n---\nbody\n", 4)]
    [InlineData(" \t\n---  \nprivate: true\n...\nbody\n", 3)]
    public void Fences_tolerate_trailing_whitespace_crlf_a_bom_and_blank_lines_before(string text, int privateLine)
    {
        var result = FrontMatterParser.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal("true", result.FrontMatter!.Text("private"));
        Assert.Equal(privateLine, result.FrontMatter.Get("private")!.Line);
        Assert.Equal(privateLine + 2, result.BodyLine);
        Assert.Equal("body\n", result.Body);
    }

    [Theory]
    [InlineData(" ---\nprivate: true\n---\nbody\n", 1)]
    [InlineData("----\nprivate: true\n---\nbody\n", 1)]
    [InlineData("\n-- -\nprivate: true\n---\nbody\n", 2)]
    [InlineData("---private: true\n---\nbody\n", 1)]
    [InlineData("\u2014\nprivate: true\n---\nbody\n", 1)]
    [InlineData("\n\ndate: 2026-01-02\nprivate: true\n---\nbody\n", 3)]
    public void A_first_line_that_looks_like_a_fence_but_is_not_one_is_an_error_not_body_text(string text, int line)
    {
        var result = FrontMatterParser.Parse(text);

        Assert.NotNull(result.Error);
        Assert.Equal(line, result.ErrorLine);
        Assert.Null(result.FrontMatter);
    }

    [Theory]
    [InlineData("- item one\n- item two\n")]
    [InlineData("Notes: first\n\n---\nmore\n")]
    [InlineData("# Title\n---\n")]
    public void Ordinary_bodies_are_not_mistaken_for_broken_front_matter(string text)
    {
        var result = FrontMatterParser.Parse(text);
        Assert.Null(result.Error);
        Assert.Equal(text, result.Body);
    }

    [Fact]
    public void Yaml_errors_after_blank_lines_keep_the_files_line_numbers()
    {
        var result = FrontMatterParser.Parse("\n---\ndate: 2026-03-04\nwith: [a, b\n---\nBody\n");
        Assert.NotNull(result.Error);
        Assert.InRange(result.ErrorLine, 4, 5);
    }
}
