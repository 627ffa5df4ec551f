using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Tests.Theming;

/// <summary>
/// The theme's Scriban context on a one-layout theme (issue #17, items 2 and 3): every written value is encoded
/// unless it is <see cref="Html"/>, a partial's output is not encoded twice, truthiness is what a theme author
/// expects, loops have no limit, and the site's one encoder spells entities as the pages always did.
/// </summary>
public sealed class ThemeContextTests : IDisposable
{
    private readonly string _theme = Directory.CreateTempSubdirectory("oneonone-theme-").FullName;

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    /// <summary>A model for the test layouts (public: Scriban reads public properties).</summary>
    public sealed record Model(string Text, Html Markup, int Zero, int One, string Empty, string? Null, IReadOnlyList<string> None, IReadOnlyList<string> Some, Html NoMarkup, IReadOnlyList<int> Many);

    private static readonly Model Sample = new("<b>&\"'`=</b>", new Html("<em>raw</em>"), 0, 1, "", null, [], ["<x>"], Html.Empty, Enumerable.Range(0, 5000).ToList());

    private string Render(string layout, string? partial = null)
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        File.WriteAllText(Path.Combine(_theme, "layouts", "base.sbn-html"), "{{ Body }}");
        File.WriteAllText(Path.Combine(_theme, "layouts", "t.sbn-html"), layout);
        if (partial is not null)
        {
            File.WriteAllText(Path.Combine(_theme, "partials", "p.sbn-html"), partial);
        }

        return Theme.Load(_theme).Render("t", Sample);
    }

    [Fact]
    public void A_string_is_encoded_and_Html_is_written_as_it_is()
    {
        Assert.Equal("&lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D;&lt;/b&gt;|<em>raw</em>", Render("{{ Text }}|{{ Markup }}"));
    }

    [Fact]
    public void What_a_function_returns_is_encoded_even_from_Html()
    {
        Assert.Equal("&lt;EM&gt;RAW&lt;/EM&gt;|&lt;B&gt;", Render("{{ Markup | string.upcase }}|{{ Text | string.slice 0 3 | string.upcase }}"));
    }

    [Fact]
    public void A_partials_output_is_encoded_once()
    {
        Assert.Equal("<li>&lt;x&gt;</li>", Render("{{ include \"p\" Some }}", "{{ for s in Model }}<li>{{ s }}</li>{{ end }}"));
    }

    [Fact]
    public void An_include_in_order_with_the_text_around_it_whether_written_straight_or_kept_as_a_value()
    {
        // a statement include renders straight into the output; an assigned one returns Html written later, once encoded
        const string partial = "{{ for s in Model }}<li>{{ s }}</li>{{ end }}";
        Assert.Equal("a<li>&lt;x&gt;</li>b", Render("a{{ include \"p\" Some }}b", partial));
        Assert.Equal("ab<li>&lt;x&gt;</li><li>&lt;x&gt;</li>", Render("{{ x = include \"p\" Some }}a{{ if Some }}b{{ x }}{{ end }}{{ x }}", partial));
        Assert.Equal("[<li>&lt;x&gt;</li>]", Render("[{{ (include \"p\" Some) }}]", partial));
        Assert.Equal("18", Render("{{ include \"p\" Some | string.size }}", partial));
    }

    [Fact]
    public void Null_zero_empty_text_empty_lists_and_empty_Html_are_false()
    {
        Assert.Equal("ok", Render("{{ if Zero || Empty || Null || None || NoMarkup }}wrong{{ else }}ok{{ end }}"));
        Assert.Equal("ok", Render("{{ if One && Text && Some && Markup }}ok{{ end }}"));
    }

    [Fact]
    public void A_loop_has_no_limit()
    {
        Assert.Equal("5000", Render("{{ n = 0 }}{{ for i in Many }}{{ n = n + 1 }}{{ end }}{{ n }}"));
    }

    [Fact]
    public void An_unknown_member_is_an_error_with_file_line_and_column()
    {
        var e = Assert.Throws<ThemeException>(() => Render("ok\n  {{ Text }}{{ Txet }}"));
        Assert.Contains($"t.sbn-html:2:16: The variable or function `Txet` was not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_names_the_type_that_lacks_it()
    {
        var e = Assert.Throws<ThemeException>(() => Render("{{ Markup.Value }}{{ Markup.Valeu }}"));
        Assert.Contains("t.sbn-html:1:29: Html has no member `Valeu`", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain é 😀", "plain é 😀")]
    [InlineData("a<b>&c\"d'e`f=g", "a&lt;b&gt;&amp;c&quot;d&#x27;e&#x60;f&#x3D;g")]
    public void The_one_encoder_spells_entities_as_the_pages_always_did(string text, string encoded)
    {
        Assert.Equal(encoded, HtmlEncoding.Encode(text));
    }
}
