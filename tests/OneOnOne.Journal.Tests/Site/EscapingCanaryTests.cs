using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>
/// A journal where every field the user writes outside a Markdown body holds markup (issue #14, item 9): titles,
/// names, aliases, roles, tags, goals, next topics, meeting types, settings and file names. Built and published
/// (without encryption), no page may hold an element that came from that markup; the search results in Chromium
/// neither. Text taken from a body (action items, feedback, wins) is written escaped (<c>\&lt;i&gt;</c>), so it is
/// text in the note too: an element made of it anywhere means a page decoded it twice. Issue #17: every field the
/// issue lists is checked to reach its page as text, so that the test fails if a field stops being shown.
/// </summary>
public sealed class EscapingCanaryTests : IClassFixture<BrowserFixture>, IDisposable
{
    /// <summary>Markup that makes an element (<c>.canary</c>) and markup that breaks out of an attribute (<c>svg[onload]</c>).</summary>
    private const string Canary = "<i class=canary>x</i>\"'><svg onload=alert(1)>";

    /// <summary>The canary as a double-quoted YAML scalar.</summary>
    private const string Yaml = "\"<i class=canary>x</i>\\\"'><svg onload=alert(1)>\"";

    /// <summary>The canary escaped for a Markdown body: it renders as text.</summary>
    private const string EscapedMarkdown = "\\<i class=canary>x\\</i>\"'>\\<svg onload=alert(1)>";

    /// <summary>A file-name part with markup (no slash is allowed in a file name).</summary>
    private const string FileNamePart = "\"'><svg onload=alert(1)><b class=canary>x";

    private readonly TempJournal _journal = new();
    private readonly BrowserFixture _browser;

    public EscapingCanaryTests(BrowserFixture browser)
    {
        _browser = browser;
        // the owner's name differs from every person's: a person file named like the owner is the owner's own (issue #15)
        _journal.Settings($"title: {Yaml}\nowner: \"Sam {Yaml[1..]}\n");
        _journal.Person("alice-chen", $"name: {Yaml}\naliases: [{Yaml}]\nrole: {Yaml}\ncadence: weekly\ntype: canary-type", $"About {EscapedMarkdown}.");
        _journal.Person(FileNamePart, $"name: Bob {Yaml}\ncadence: weekly");
        Directory.CreateDirectory(Path.Combine(_journal.Root, "input", "meeting-types"));
        _journal.Bytes("meeting-types/canary-type.md", System.Text.Encoding.UTF8.GetBytes(
            $"---\nid: canary-type\nname: {Yaml}\npurpose: {Yaml}\nduration: 30\nwho-leads: {Yaml}\n---\n## Ask\n- {EscapedMarkdown}\n"));
        var body = $"""
            ## Notes
            We talked about {EscapedMarkdown}.

            ## Feedback
            - Given (praise): {EscapedMarkdown}

            ## Wins
            - {EscapedMarkdown}

            ## Action items
            - [ ] @alice-chen {EscapedMarkdown} due:2026-07-02
            - [ ] @me {EscapedMarkdown}
            """;
        var goals = $"goals:\n  - id: canary-goal\n    title: {Yaml}\n    status: at-risk\n    progress: 10\n    note: {Yaml}\n";
        _journal.Note("2026-06-20-alice-chen", $"date: 2026-06-20\nwith: alice-chen\ntype: canary-type\ntitle: {Yaml}\ntags: [{Yaml}]\nmood: 2\n{goals}next: [{Yaml}]", body);
        _journal.Write($"notes/2026/2026-06-22-{FileNamePart}.md", $"---\ndate: 2026-06-22\nwith: {FileNamePart}\ntags: [{Yaml}]\n---\nNo title: the file name names it.\n");
        _journal.Write($"notes/2026/{FileNamePart} undated.md", $"---\nwith: alice-chen\ntitle: {Yaml}\n---\nUndated: it goes to the attention page.\n");
    }

    public void Dispose() => _journal.Dispose();

    [Theory]
    [InlineData(BuildMode.Build)]
    [InlineData(BuildMode.Publish)]
    public async Task No_page_holds_an_element_made_of_a_fields_markup(BuildMode mode)
    {
        await _journal.BuildAsync(mode);
        var pages = Directory.EnumerateFiles(_journal.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");
        var parser = new HtmlParser();
        var problems = new List<string>();
        var seen = 0;
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(_journal.Output, file);
            var html = File.ReadAllText(file);
            seen += html.Contains("canary", StringComparison.Ordinal) ? 1 : 0;
            var page = parser.ParseDocument(html);
            problems.AddRange(page.QuerySelectorAll(".canary, svg[onload]").Select(e => $"{relative}: <{e.LocalName}> {Snippet(e)}"));
            problems.AddRange(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                .Select(e => $"{relative}: <{e.LocalName}> with an event handler {Snippet(e)}"));
            problems.AddRange(page.All.SelectMany(e => e.Attributes.Where(a => a.Name.Contains('\'', StringComparison.Ordinal) || a.Name.Contains('"', StringComparison.Ordinal)))
                .Select(a => $"{relative}: attribute {a.Name} (an attribute value was broken out of)"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));

        // the test is only worth something if the fields reached the pages: titles, names, the dashboard, the search
        Assert.True(seen > 10, $"the canary shows on only {seen} pages");
        var dashboard = _journal.Page("index.html");
        Assert.Contains("<i class=canary>x</i>", dashboard.QuerySelector(".note-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Canary, dashboard.Title, StringComparison.Ordinal);
        AssertShownAsText();
    }

    /// <summary>Each user-controlled field of issue #17's list is on its page, as text (so the check above covered it).</summary>
    private void AssertShownAsText()
    {
        var missing = new List<string>();
        void Shows(string page, string selector, string field, string text = Canary)
        {
            var found = _journal.Page(page).QuerySelectorAll(selector).Any(e => e.TextContent.Contains(text, StringComparison.Ordinal));
            if (!found)
            {
                missing.Add($"{field}: {page} {selector}");
            }
        }

        const string Note = "notes/2026/2026-06-20-alice-chen/index.html";
        const string Person = "people/alice-chen/index.html";
        Shows("index.html", ".note-list .note-title", "note title (dashboard, recent notes)");
        Shows("index.html", ".note-list .meta", "person name (dashboard, recent notes)");
        Shows("index.html", "title", "settings title");
        Shows(Note, "h1", "note title");
        Shows(Note, ".tag", "tag");
        Shows(Note, ".lede a", "meeting type name");
        Shows(Note, ".goal-list a", "goal title (note)");
        Shows(Note, ".goal-list li", "goal note (note)");
        Shows(Note, ".actions-table td", "action text (note)");
        Shows(Person, "h1", "person name");
        Shows(Person, ".lede", "role and alias");
        Shows("actions/index.html", ".actions-table td", "action text (actions)");
        Shows("actions/index.html", "h2", "owner (actions, 'Mine')", "Sam <i class=canary>");
        Shows("goals/index.html", ".goals-table a", "goal title (goals)");
        Shows("people/index.html", ".people-table td", "role (people)");
        Shows("review/2026/alice-chen/index.html", ".review-wins li", "win");
        Shows("review/2026/alice-chen/index.html", ".review-feedback li", "feedback");
        Shows("review/2026/index.html", ".review h2", "owner (review)", "Sam <i class=canary>");
        Shows("search/index.html", "select[name=tag] option", "tag (search filter)");
        Shows("search/index.html", "select[name=type] option", "meeting type name (search filter)");
        Assert.True(missing.Count == 0, "not shown as text: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task Search_results_show_a_fields_markup_as_text()
    {
        await _journal.BuildAsync();
        var observed = await _browser.NewPageAsync();
        var page = observed.Page;
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(Path.Combine(_journal.Output, "index.html")).AbsoluteUri);
        await page.FillAsync("#site-search-q", "canary");
        await page.Locator("#site-search-results[data-query=\"canary\"]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        var results = page.Locator("#site-search-results .search-result");
        Assert.True(await results.CountAsync() > 0, "the search found no canary");
        Assert.Contains("<i class=canary>", await page.InnerTextAsync("#site-search-results"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#site-search-results .canary, #site-search-results svg[onload]").CountAsync());

        await page.GotoAsync(new Uri(Path.Combine(_journal.Output, "search", "index.html")).AbsoluteUri + "?q=canary");
        await page.Locator("#search-results .search-result").First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await page.Locator("#search-results .canary, #search-results svg[onload], main .canary").CountAsync());
        Assert.Equal(0, dialogs);
    }

    private static string Snippet(IElement e) => e.OuterHtml.Length > 120 ? e.OuterHtml[..120] : e.OuterHtml;
}
