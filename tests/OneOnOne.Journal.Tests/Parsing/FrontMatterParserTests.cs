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
}
