using Microsoft.Playwright;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Browser;

/// <summary>A small journal built for ranking, prefix and CJK checks; ranking lives in search.js, so it is tested in Chromium.</summary>
public sealed class SmallSearchJournal : IAsyncLifetime
{
    public TempJournal Journal { get; } = new();

    public async Task InitializeAsync()
    {
        Journal.Person("yuki-sato", "name: 佐藤 由紀")
            .Person("noah-weber", "name: Noah Weber\naliases: [Noe]")
            .Note("2026-01-10-noah-weber", "date: 2026-01-10\nwith: noah-weber\ntitle: Budget planning", "We spoke about the offsite.")
            .Note("2026-02-10-noah-weber", "date: 2026-02-10\nwith: noah-weber\ntitle: Quarterly check-in", "The offsite agenda is done.")
            .Note("2026-03-10-noah-weber", "date: 2026-03-10\nwith: noah-weber\ntitle: Hiring", "Offsite venue booked.")
            .Note("2025-05-10-noah-weber", "date: 2025-05-10\nwith: noah-weber\ntitle: Offsite retrospective", "Went well.")
            .Note("2026-04-01-yuki-sato", "date: 2026-04-01\nwith: yuki-sato\ntitle: 来週のリリース計画", "東京駅の近くでオフサイトを開催します。")
            .Note("2026-04-02-noah-weber", "date: 2026-04-02\nwith: noah-weber\ntitle: Offsiteless week", "Nothing.");
        await Journal.BuildAsync();
    }

    public Task DisposeAsync()
    {
        Journal.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SearchRankingInBrowserTests(BrowserFixture browser, SmallSearchJournal small)
    : IClassFixture<BrowserFixture>, IClassFixture<SmallSearchJournal>
{
    private async Task<(ObservedPage Observed, IReadOnlyList<string> Titles)> SearchAsync(string query)
    {
        var observed = await browser.NewPageAsync();
        var page = observed.Page;
        await page.GotoAsync(new Uri(Path.Combine(small.Journal.Output, "search", "index.html")).AbsoluteUri);
        await page.FillAsync("#search-q", query);
        await page.Locator($"#search-results[data-query=\"{query}\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        var titles = await page.Locator("#search-results .search-title").AllInnerTextsAsync();
        Assert.Empty(observed.ConsoleErrors);
        Assert.Empty(observed.ExternalRequests);
        return (observed, titles);
    }

    [Fact]
    public async Task A_title_match_ranks_first_and_body_matches_follow_newest_first()
    {
        // query ends with a space: "offsite" is a whole word, not a prefix, so "Offsiteless" is left out
        var (_, titles) = await SearchAsync("offsite ");
        Assert.Equal(["Offsite retrospective", "Hiring", "Quarterly check-in", "Budget planning"], titles);
    }

    [Fact]
    public async Task While_typing_the_last_word_matches_as_a_prefix_with_exact_words_before_longer_ones()
    {
        var (_, titles) = await SearchAsync("offsit");
        Assert.Equal(["Offsiteless week", "Offsite retrospective", "Hiring", "Quarterly check-in", "Budget planning"], titles);
        var (_, exact) = await SearchAsync("offsite");
        Assert.Equal("Offsite retrospective", exact[0]); // the exact word beats the longer one at equal field weight
    }

    [Fact]
    public async Task Japanese_text_is_found_by_any_substring_and_highlighted()
    {
        var (observed, titles) = await SearchAsync("京駅");
        Assert.Equal(["来週のリリース計画"], titles);
        Assert.Equal("京駅", await observed.Page.Locator("#search-results .search-snippet mark").First.InnerTextAsync());
        var (_, byTitle) = await SearchAsync("リリース");
        Assert.Equal(["来週のリリース計画"], byTitle);
        var (_, person) = await SearchAsync("由紀");
        Assert.Equal("佐藤 由紀", person[0]);
    }

    [Fact]
    public async Task A_person_is_found_by_an_alias_and_listed_before_notes()
    {
        var (_, titles) = await SearchAsync("noe ");
        Assert.Equal(["Noah Weber"], titles);
        var (_, byName) = await SearchAsync("weber ");
        Assert.Equal("Noah Weber", byName[0]);
        Assert.Equal(6, byName.Count); // the person and the five notes with Noah
    }
}
