using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Modules;

/// <summary>
/// RenderLayout renders the theme's base layout once per section and fills in each page's title and
/// body; a base layout that writes the title other than as <c>{{ Title }}</c>, or the title or the body more
/// than once, is rendered per page instead, with the same result as the theme gives.
/// </summary>
public sealed class RenderLayoutTests : IDisposable
{
    private const string Stem = "2026-06-01-alice";
    private const string Page = "notes/2026/" + Stem + "/index.html";
    private readonly TempJournal _journal = new(withTheme: true);

    public RenderLayoutTests() =>
        _journal.Person("alice", "name: Alice Chen")
            .Note(Stem, "date: 2026-06-01\nwith: alice\ntitle: 'Q&A <draft> \"x\" it''s `=` é'", "Body text BODYMARK.");

    public void Dispose() => _journal.Dispose();

    private async Task<string> BuildWithBase(Func<string, string>? change = null)
    {
        var path = Path.Combine(_journal.Root, "theme", "layouts", "base.sbn-html");
        if (change is not null)
        {
            File.WriteAllText(path, change(File.ReadAllText(RepoPaths.Theme + "/layouts/base.sbn-html")));
        }

        await _journal.BuildAsync();
        return File.ReadAllText(Path.Combine(_journal.Output, Page));
    }

    [Fact]
    public async Task The_title_is_written_encoded_once_and_the_body_once()
    {
        var html = await BuildWithBase();
        Assert.Contains("<title>Q&amp;A &lt;draft&gt; &quot;x&quot; it&#x27;s &#x60;&#x3D;&#x60; é · ", html);
        Assert.Single(html.Split("BODYMARK")[1..]);
        Assert.DoesNotContain("\uE000", html);
    }

    [Fact]
    public async Task A_base_layout_that_writes_the_title_another_way_still_gets_it_encoded()
    {
        // Handlebars' {{{Title}}} wrote it raw; in Scriban only an Html value is raw, and a template cannot make one
        var html = await BuildWithBase(b => b.Replace("<title>{{ Title }}", "<title>{{ Title | string.append \"!\" }}", StringComparison.Ordinal));
        Assert.Contains("<title>Q&amp;A &lt;draft&gt; &quot;x&quot; it&#x27;s &#x60;&#x3D;&#x60; é! · ", html);
    }

    [Fact]
    public async Task A_base_layout_that_writes_the_title_or_the_body_twice_gets_both()
    {
        var html = await BuildWithBase(b => b.Replace("</body>", "<p class=\"again\">{{ Title }}</p>{{ Body }}</body>", StringComparison.Ordinal));
        Assert.Contains("<p class=\"again\">Q&amp;A &lt;draft&gt;", html);
        Assert.Equal(2, html.Split("BODYMARK").Length - 1);
    }

    [Fact]
    public async Task A_base_layout_without_the_title_or_the_body_renders_without_them()
    {
        var html = await BuildWithBase(b => b.Replace("{{ Body }}", "", StringComparison.Ordinal).Replace("{{ Title }} · ", "", StringComparison.Ordinal));
        Assert.DoesNotContain("BODYMARK", html);
        Assert.DoesNotContain("draft", html);
        Assert.DoesNotContain("\uE000", html);
    }
}
