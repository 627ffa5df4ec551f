using System.Text.Json;
using System.Text.RegularExpressions;
using OneOnOne.Journal.Search;

namespace OneOnOne.Journal.Tests.Search;

public sealed partial class SearchIndexWriterTests
{
    private static SearchDocument Note(string title, string body, DateOnly? date, string person = "alice", string[]? tags = null, bool isPrivate = false) =>
        new(SearchDocumentKind.Note, title, $"notes/x/{title.ToLowerInvariant().Replace(' ', '-')}/", date, [person], [person], "regular", "Regular 1:1",
            tags ?? [], [(title, SearchField.Title), (body, SearchField.Body)], body, isPrivate);

    /// <summary>The payload of a shard: the third argument of window.__oneononeSearch.add(kind, key, payload).</summary>
    private static JsonElement Payload(SearchShard shard)
    {
        var match = AddCall().Match(shard.Content);
        Assert.True(match.Success, shard.Content);
        return JsonDocument.Parse(match.Groups["payload"].Value).RootElement;
    }

    /// <summary>The terms of shard <paramref name="key"/>, found as the browser finds them: meta.js names the file that holds the key.</summary>
    private static JsonElement Shard(IReadOnlyList<SearchShard> shards, string key)
    {
        var meta = Payload(shards.Single(s => s.Path == "search/meta.js"));
        var keys = meta.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ToList();
        var at = keys.IndexOf(key);
        Assert.True(at >= 0, $"no shard {key} in meta.js");
        var file = meta.GetProperty("files")[at].GetInt32();
        return Payload(shards.Single(s => s.Path == $"search/terms-{file}.js")).GetProperty(key);
    }

    private static Dictionary<string, List<(int Id, int Weight)>> AllPostings(IReadOnlyList<SearchShard> shards)
    {
        var result = new Dictionary<string, List<(int, int)>>();
        foreach (var shard in shards.Where(s => s.Path.StartsWith("search/terms-", StringComparison.Ordinal)))
        {
            foreach (var term in Payload(shard).EnumerateObject().SelectMany(key => key.Value.EnumerateObject()))
            {
                var id = 0;
                var list = new List<(int, int)>();
                foreach (var v in term.Value.EnumerateArray().Select(e => e.GetInt32()))
                {
                    id += v >> 2;
                    list.Add((id, v & 3));
                }

                result[term.Name] = list;
            }
        }

        return result;
    }

    [Fact]
    public void Documents_are_ordered_newest_first_with_undated_ones_last()
    {
        var docs = new[] { Note("Old", "x", new(2025, 1, 1)), Note("Undated", "x", null), Note("New", "x", new(2026, 5, 1)) };
        Assert.Equal(["New", "Old", "Undated"], SearchIndexWriter.Order(docs).Select(d => d.Title));
    }

    [Fact]
    public void Postings_hold_every_document_with_the_term_and_the_best_field_it_occurs_in()
    {
        var docs = new[]
        {
            Note("Reorg plan", "the reorg starts monday", new(2026, 3, 1)),
            Note("Budget", "after the reorg, budgets", new(2026, 4, 1)),
            Note("Hiring", "nothing here", new(2026, 5, 1)),
        };
        var postings = AllPostings(new SearchIndexWriter().Write(docs));

        // ids: Hiring 0, Budget 1, Reorg plan 2 (newest first); weight 2 = title, 0 = body
        Assert.Equal([(1, 0), (2, 2)], postings["reorg"]);
        Assert.Equal([(1, 0)], postings["budgets"]);
        Assert.False(postings.ContainsKey("the"));
    }

    [Fact]
    public void Term_shards_are_keyed_by_the_first_two_characters_and_listed_in_meta()
    {
        var shards = new SearchIndexWriter().Write([Note("Reorg", "recap zebra 東京", new(2026, 1, 1))]);
        var paths = shards.Select(s => s.Path).ToHashSet();
        Assert.Contains("search/meta.js", paths);
        Assert.Contains("search/docs-0.js", paths);
        Assert.Contains("search/dates.js", paths);

        Assert.Equal(["recap", "reorg"], Shard(shards, "re").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["zebra"], Shard(shards, "ze").EnumerateObject().Select(p => p.Name));
        Assert.Contains("東京", Shard(shards, "~" + ('東' % SearchIndexWriter.UnspacedBuckets)).EnumerateObject().Select(p => p.Name));
        var meta = Payload(shards.Single(s => s.Path == "search/meta.js"));
        Assert.Equal(2, meta.GetProperty("v").GetInt32());
        var keys = meta.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, meta.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void Small_shards_share_a_numbered_file_and_every_key_is_in_the_file_meta_names()
    {
        // 40 two-letter shards of a few bytes each: one file, not forty
        var words = Enumerable.Range(0, 40).Select(i => $"{(char)('a' + i % 26)}{(char)('a' + i / 26)}word").ToList();
        var shards = new SearchIndexWriter().Write([Note("N", string.Join(' ', words), new(2026, 1, 1), person: "alice", tags: ["career", "growth"])]);
        var termFiles = shards.Where(s => s.Path.StartsWith("search/terms-", StringComparison.Ordinal)).ToList();
        Assert.Single(termFiles);
        Assert.Equal("search/terms-0.js", termFiles[0].Path);
        var meta = Payload(shards.Single(s => s.Path == "search/meta.js"));
        foreach (var key in meta.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!))
        {
            Assert.NotEmpty(Shard(shards, key).EnumerateObject());
        }

        // facets too: one file holds the person, the meeting type and both tags, each under its key
        var facetFiles = shards.Where(s => s.Path.StartsWith("search/f-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["search/f-0.js"], facetFiles.Select(f => f.Path));
        Assert.Equal(["g-career", "g-growth", "p-alice", "t-regular"], Payload(facetFiles[0]).EnumerateObject().Select(p => p.Name));
        Assert.Equal([0, 0, 0, 0], meta.GetProperty("ffiles").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void A_file_is_closed_once_it_holds_the_pack_size_so_large_indexes_still_load_a_small_file_per_term()
    {
        var sizes = new Dictionary<string, int> { ["aa"] = 10_000, ["ab"] = 7_000, ["ac"] = 100, ["ad"] = 20_000, ["ae"] = 5 };
        var files = SearchShardPlan.Pack([.. sizes.Keys], k => sizes[k]);
        Assert.Equal([["aa", "ab"], ["ac", "ad"], ["ae"]], files);
        Assert.Empty(SearchShardPlan.Pack([], _ => 1));
    }

    [Fact]
    public void A_large_two_character_shard_is_split_by_the_third_character()
    {
        var body = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "re" + (char)('a' + i % 26) + "word" + i));
        var shards = new SearchIndexWriter().Write(Enumerable.Range(0, 10).Select(i => Note("N" + i, body, new DateOnly(2026, 1, 1).AddDays(i))).ToList());
        var meta = Payload(shards.Single(s => s.Path == "search/meta.js"));
        Assert.Equal(["re"], meta.GetProperty("split").EnumerateArray().Select(e => e.GetString()));
        var keys = meta.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("rea", keys);
        Assert.DoesNotContain("re", keys);
        Assert.Contains("reaword0", Shard(shards, "rea").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_shard_still_too_large_is_split_again_by_the_next_character()
    {
        var body = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "reab" + i));
        var shards = new SearchIndexWriter().Write(Enumerable.Range(0, 40).Select(i => Note("N" + i, body, new DateOnly(2026, 1, 1).AddDays(i))).ToList());
        var meta = Payload(shards.Single(s => s.Path == "search/meta.js"));
        var split = meta.GetProperty("split").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.Superset(new HashSet<string> { "re", "rea", "reab" }, split);

        // the browser's walk (search.js shardKeys): add a character while the key is split and the term is longer
        foreach (var term in new[] { "reab1", "reab7", "reab1999", "reab42", "reab305" })
        {
            var key = term[..2];
            while (split.Contains(key) && term.Length > key.Length)
            {
                key = term[..(key.Length + 1)];
            }

            Assert.Contains(term, Shard(shards, key).EnumerateObject().Select(p => p.Name));
        }

        // a file holds at most the pack size plus the one shard that filled it, and a shard at most SplitBytes (estimated)
        Assert.All(shards.Where(s => s.Path.StartsWith("search/terms-", StringComparison.Ordinal)), s => Assert.InRange(s.Content.Length, 1, 2 * (SearchIndexWriter.PackBytes + SearchIndexWriter.SplitBytes)));
    }

    [Fact]
    public void Keys_that_are_not_plain_ascii_are_hex_encoded() =>
        Assert.Equal(
            ["re", "_007e0031", "alice-chen", "_0063002b002b"],
            [SearchShardPlan.FileKey("re", false), SearchShardPlan.FileKey("~1", false), SearchShardPlan.FileKey("alice-chen", true), SearchShardPlan.FileKey("c++", true)]);

    [Fact]
    public void Every_payload_goes_through_the_transform_seam()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var shards = new SearchIndexWriter(json =>
        {
            seen.Add(json);
            return "sealed:" + json.Length;
        }).Write([Note("Secret reorg", "private words", new(2026, 1, 1), isPrivate: true)]);
        Assert.Equal(shards.Count, seen.Count);
        Assert.All(shards, s => Assert.DoesNotContain("reorg", s.Content, StringComparison.Ordinal));
        Assert.All(shards, s => Assert.Matches("^window\\.__oneononeSearch\\.add\\(\"[a-z]+\",\"[^\"]*\",\"sealed:\\d+\"\\);\\n$", s.Content));
    }

    [Fact]
    public void Documents_carry_what_a_result_shows_and_a_cut_snippet()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 1000));
        var shards = new SearchIndexWriter().Write([Note("Title", body, new(2026, 3, 4), tags: ["career"])]);
        var doc = Payload(shards.Single(s => s.Path == "search/docs-0.js"))[0];
        Assert.Equal("n", doc[0].GetString());
        Assert.Equal("Title", doc[1].GetString());
        Assert.Equal("notes/x/title/", doc[2].GetString());
        Assert.Equal("2026-03-04", doc[3].GetString());
        Assert.Equal("alice", doc[4].GetString());
        Assert.Equal("Regular 1:1", doc[5].GetString());
        Assert.Equal("career", doc[6][0].GetString());
        Assert.InRange(doc[7].GetString()!.Length, 100, SearchIndexWriter.MaxSnippetChars + 2);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var docs = Enumerable.Range(0, 50).Select(i => Note("Note " + i, "alpha beta gamma " + i, new DateOnly(2026, 1, 1).AddDays(i % 7))).ToList();
        var first = new SearchIndexWriter().Write(docs);
        var second = new SearchIndexWriter().Write(docs);
        Assert.Equal(first, second);
    }

    [GeneratedRegex("^window\\.__oneononeSearch\\.add\\(\"[a-z]+\",\"[^\"]*\",(?<payload>.*)\\);\\n$", RegexOptions.Singleline)]
    private static partial Regex AddCall();
}
