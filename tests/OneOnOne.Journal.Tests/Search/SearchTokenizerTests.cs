using OneOnOne.Journal.Search;

namespace OneOnOne.Journal.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("José Álvarez", new[] { "jose", "alvarez" })]
    [InlineData("Crème BRÛLÉE", new[] { "creme", "brulee" })]
    [InlineData("Straße Łódź Søren Œuvre", new[] { "strasse", "lodz", "soren", "oeuvre" })]
    [InlineData("Ärger über Öl", new[] { "arger", "uber", "ol" })]
    public void Accents_and_case_are_folded(string text, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.IndexTerms(text));

    [Fact]
    public void Punctuation_splits_words_and_stop_words_are_left_out_of_the_index()
    {
        Assert.Equal(
            ["reorg", "faq", "late", "peak", "season", "q3", "p95", "40"],
            SearchTokenizer.IndexTerms("The reorg-FAQ was late; peak_season/Q3 (p95: 40%)!"));
    }

    [Fact]
    public void Query_terms_keep_stop_words_so_the_caller_can_use_the_last_one_as_a_prefix() =>
        Assert.Equal(["the", "reorg"], SearchTokenizer.QueryTerms("The reorg"));

    [Fact]
    public void Japanese_without_spaces_is_indexed_as_single_characters_and_pairs()
    {
        var terms = SearchTokenizer.IndexTerms("東京駅で").ToList();
        Assert.Equal(["東", "東京", "京", "京駅", "駅", "駅で", "で"], terms);
    }

    [Fact]
    public void A_cjk_query_becomes_pairs_and_a_single_character_stays_itself()
    {
        Assert.Equal(["京駅"], SearchTokenizer.QueryTerms("京駅"));
        Assert.Equal(["東京", "京駅"], SearchTokenizer.QueryTerms("東京駅"));
        Assert.Equal(["駅"], SearchTokenizer.QueryTerms("駅"));
    }

    [Fact]
    public void Latin_words_and_cjk_runs_next_to_each_other_are_split()
    {
        Assert.Equal(["api", "設計", "review"], SearchTokenizer.QueryTerms("API設計review"));
        Assert.Equal(["한국", "국어"], SearchTokenizer.QueryTerms("한국어"));
    }

    [Fact]
    public void Every_indexed_substring_of_a_cjk_run_can_be_found()
    {
        const string text = "来週のリリース計画を確認";
        var index = SearchTokenizer.IndexTerms(text).ToHashSet();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; start + length <= text.Length; length++)
            {
                var query = text.Substring(start, length);
                Assert.All(SearchTokenizer.QueryTerms(query), t => Assert.Contains(t, index));
            }
        }
    }

    [Fact]
    public void Letters_outside_the_basic_plane_stay_in_one_word() =>
        Assert.Equal(["a𝒜b"], SearchTokenizer.IndexTerms("a𝒜b"));
}
