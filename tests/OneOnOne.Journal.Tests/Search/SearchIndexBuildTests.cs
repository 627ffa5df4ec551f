using System.Text.RegularExpressions;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Search;

/// <summary>The SearchIndex pipeline on real journals: the files are written and hold the expected terms.</summary>
public sealed class SearchIndexBuildTests
{
    [Fact]
    public async Task The_sample_journal_build_writes_shards_with_its_words_and_a_search_page()
    {
        using var journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));
        await journal.BuildAsync(today: new DateOnly(2026, 11, 22));
        Assert.True(journal.Exists("search/meta.js"));
        Assert.True(journal.Exists("search/docs-0.js"));
        var terms = string.Concat(Directory.GetFiles(Path.Combine(journal.Output, "search"), "terms-*.js").Select(File.ReadAllText));
        Assert.Contains("\"reorg\":[", terms, StringComparison.Ordinal);
        Assert.Contains("\"jose\":[", terms, StringComparison.Ordinal);
        var facets = string.Concat(Directory.GetFiles(Path.Combine(journal.Output, "search"), "f-*.js").Select(File.ReadAllText));
        Assert.Contains("\"p-jose-alvarez\":[", facets, StringComparison.Ordinal);

        // small shards share files: the sample's index is a few dozen files, not hundreds (issue #19)
        Assert.InRange(Directory.GetFiles(Path.Combine(journal.Output, "search")).Length, 5, 60);

        var page = journal.Page("search/index.html");
        Assert.NotNull(page.QuerySelector("form[data-search-page] input[name=q]"));
        Assert.NotNull(page.QuerySelector("select[name=person] option[value=jose-alvarez]"));
        Assert.Equal("../index.html", page.QuerySelector("form.site-search")!.GetAttribute("data-root"));
        Assert.Equal(OneOnOne.Journal.Site.SiteScripts.PageLoader, page.QuerySelectorAll("script").Last().TextContent);

        // every page has the search box in its header
        var note = journal.Page("notes/2026/2026-09-07-dana-okafor/index.html");
        Assert.Equal("../../../search/index.html", note.QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Private_notes_are_indexed_for_build_and_the_index_has_no_script_outside_add_calls()
    {
        using var journal = new TempJournal();
        journal.Person("alice-chen", "name: Alice Chen")
            .Note("2026-03-04-alice-chen", "date: 2026-03-04\nwith: alice-chen\nprivate: true\ntitle: Zanzibar plans", "Talked about the </script> tag and 東京駅.");
        await journal.BuildAsync();
        var terms = string.Concat(Directory.GetFiles(Path.Combine(journal.Output, "search"), "terms-*.js").Select(File.ReadAllText));
        Assert.Contains("\"za\":{\"zanzibar\":[", terms, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(journal.Output, "search"), "*.js"))
        {
            Assert.Matches(new Regex("^window\\.__oneononeSearch\\.add\\(\"[a-z]+\",\"[^\"\\n]*\",[^\\n]*\\);\\n$"), File.ReadAllText(file));
        }
    }
}
