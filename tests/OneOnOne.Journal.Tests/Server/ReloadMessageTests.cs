using OneOnOne.Journal.Server;

namespace OneOnOne.Journal.Tests.Server;

public sealed class ReloadMessageTests
{
    [Fact]
    public void Output_paths_become_the_clean_urls_of_the_pages_and_search_shards_the_search_page()
    {
        var pages = ReloadMessage.Pages(["index.html", "notes/2026/a/index.html", "404.html", "search/terms-ab.js", "search/meta.js", "assets/site.css", "notes/myindex.html"]);
        Assert.Equal(["/", "/404.html", "/notes/2026/a/", "/notes/myindex.html", "/search/"], pages);
    }

    [Fact]
    public void Every_page_reloads_when_no_list_is_given_or_the_list_is_too_long()
    {
        Assert.Equal("""{"build":3,"pages":null}""", ReloadMessage.Create(3, null));
        Assert.Equal("""{"build":4,"pages":["/people/a/"]}""", ReloadMessage.Create(4, ["people/a/index.html"]));
        Assert.Contains("\"pages\":null", ReloadMessage.Create(5, Enumerable.Range(0, ReloadMessage.MaxPages + 1).Select(i => $"p/{i}/index.html")));
    }
}
