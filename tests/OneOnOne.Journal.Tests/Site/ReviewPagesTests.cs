using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>The year-in-review pages built from <see cref="ReviewJournal"/> (review years start in April).</summary>
public sealed partial class ReviewPagesTests
{
    private static string Text(IElement? element) => Spaces().Replace(element?.TextContent ?? "", " ").Trim();

    /// <summary>A definition list as "term value | term value".</summary>
    private static string Facts(IElement? dl) =>
        string.Join(" | ", dl!.QuerySelectorAll("div").Select(d => Text(d.QuerySelector("dt")) + " " + Text(d.QuerySelector("dd"))));

    [Fact]
    public async Task Review_pages_exist_per_review_year_and_per_person_met_that_year()
    {
        using var journal = ReviewJournal.Create();
        var result = await journal.BuildAsync(today: ReviewJournal.Today);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var index = journal.Page("review/index.html");
        Assert.Equal(["2026", "2025", "2024"], index.QuerySelectorAll(".review-years strong").Select(e => e.TextContent));
        Assert.Contains("Apr 2025 – Mar 2026", Text(index.QuerySelector(".review-years")));
        Assert.True(journal.Exists("review/2025/alice/index.html"));
        Assert.True(journal.Exists("review/2025/carol/index.html"));
        Assert.False(journal.Exists("review/2026/carol/index.html"), "carol was not met in review year 2026");
        Assert.Contains("Apr 2025 – Mar 2026", Text(journal.Page("review/2025/alice/index.html").QuerySelector("h1 + .lede")));
    }

    [Fact]
    public async Task The_person_review_shows_the_known_figures()
    {
        using var journal = ReviewJournal.Create();
        await journal.BuildAsync(today: ReviewJournal.Today);
        var page = journal.Page("review/2025/alice/index.html");

        var glance = Facts(page.QuerySelector(".review-glance"));
        Assert.Contains("Meetings 7 of 10 expected", glance);
        Assert.Contains("Cadence kept 43%", glance);
        Assert.Contains("Actions on time 50% (1 of 2 of Alice Chen's own items with a due date; 1 closed by the next 1:1, 0 late)", glance);
        Assert.Contains("Feedback 2 given · 1 received", glance);
        Assert.Contains("Goals (2 started, 0 reached, 1 dropped, 0 at risk)", Text(page.QuerySelector("#goals-h")));
        var owners = page.QuerySelectorAll(".review-actions tbody tr").Select(r => string.Join(" ", r.Children.Select(Text))).ToList();
        Assert.Equal(["Alice Chen's own 4 3 1 1 0 1 (1) 50%", "Yours (@me) 0 0 0 0 0 0 (0) –", "Shared or unassigned 0 0 0 0 0 0 (0) –"], owners);
        Assert.Equal(3, page.QuerySelectorAll(".review-evidence li").Length);
        Assert.Equal(["Shipped search v2"], page.QuerySelectorAll(".review-wins li").Select(li => li.ChildNodes[0].TextContent.Trim()));

        var page2026 = journal.Page("review/2026/alice/index.html");
        var glance2026 = Facts(page2026.QuerySelector(".review-glance"));
        Assert.Contains("Goals reached 1", glance2026);
        Assert.Contains("Meetings 3 of 3 expected", glance2026);
        Assert.Contains("Cadence kept 100%", glance2026);
        Assert.Contains("Actions on time 0%", glance2026);
        Assert.DoesNotContain("future win", page2026.Body!.TextContent);
    }

    [Fact]
    public async Task Feedback_is_classified_given_or_received_and_praise_or_constructive_with_a_link_to_the_note()
    {
        using var journal = ReviewJournal.Create();
        await journal.BuildAsync(today: ReviewJournal.Today);
        var page = journal.Page("review/2025/alice/index.html");
        var columns = page.QuerySelectorAll("[aria-labelledby=feedback-h] .review-columns > div");

        var given = columns[0].QuerySelectorAll("li").ToList();
        Assert.Equal("Given to Alice Chen", Text(columns[0].QuerySelector("h3")));
        Assert.Equal(["praise", "constructive"], given.Select(li => Text(li.QuerySelector(".fb-badge"))));
        Assert.Contains("Clear incident write-up", Text(given[0]));
        Assert.Contains("Delegate more", Text(given[1]));
        var received = Assert.Single(columns[1].QuerySelectorAll("li"));
        Assert.Equal("constructive", Text(received.QuerySelector(".fb-badge")));
        Assert.Contains("Send the update earlier", Text(received));

        var link = given[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("../../../notes/2025/2025-07-03-alice/index.html", link);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(journal.Output, "review/2025/alice", link))));
    }

    [Fact]
    public async Task The_journal_review_sets_everyone_side_by_side_with_the_owners_own_wins()
    {
        using var journal = ReviewJournal.Create();
        await journal.BuildAsync(today: ReviewJournal.Today);
        var page = journal.Page("review/2025/index.html");

        var rows = page.QuerySelectorAll(".review-table tbody tr").Select(r => r.Children.Select(Text).ToList()).ToList();
        Assert.Equal(["Alice Chen", "Bob Stone", "Carol Diaz"], rows.Select(r => r[0]));
        Assert.Equal(["7 / 10", "43%"], rows[0].Skip(2).Take(2));
        Assert.Equal(["50%", "1 / 0 / 0"], rows[0].TakeLast(2)); // her actions on time; open actions at the end of the year: theirs / yours / shared
        Assert.Equal("review/2025/alice/index.html", Path.GetRelativePath(journal.Output, Path.GetFullPath(Path.Combine(journal.Output, "review/2025", page.QuerySelector(".review-table tbody a")!.GetAttribute("href")!))).Replace('\\', '/'));

        var own = Text(page.QuerySelector("[aria-labelledby=own-h]"));
        Assert.Contains("Led the reorg", own);
        Assert.Contains("Great planning", own);
        Assert.DoesNotContain("Carol's win", own);
        Assert.DoesNotContain("Peer praise", own);
        Assert.DoesNotContain("Share the roadmap sooner", own); // given, not received
    }

    [Fact]
    public async Task The_person_page_the_dashboard_and_the_nav_link_to_the_reviews()
    {
        using var journal = ReviewJournal.Create();
        await journal.BuildAsync(today: ReviewJournal.Today);

        var person = journal.Page("people/alice/index.html");
        Assert.Equal(
            ["../../review/2026/alice/index.html", "../../review/2025/alice/index.html", "../../review/2024/alice/index.html"],
            person.QuerySelectorAll(".actions-bar a[href*='review/']").Select(a => a.GetAttribute("href")));
        var dashboard = journal.Page("index.html");
        Assert.Equal("review/2026/index.html", dashboard.QuerySelector(".review-link a")!.GetAttribute("href"));
        Assert.Contains(dashboard.QuerySelectorAll("nav a"), a => a.TextContent == "Review" && a.GetAttribute("href") == "review/index.html");
    }

    [Fact]
    public async Task Review_charts_are_well_formed_svg_with_a_title_and_an_aria_label()
    {
        using var journal = ReviewJournal.Create();
        await journal.BuildAsync(today: ReviewJournal.Today);
        var html = File.ReadAllText(Path.Combine(journal.Output, "review/2025/alice/index.html"));

        var svgs = SvgElement().Matches(html).Select(m => m.Value).ToList();
        Assert.True(svgs.Count >= 4, $"expected the month chart, the mood chart and two goal lines, found {svgs.Count}");
        foreach (var svg in svgs)
        {
            var root = XDocument.Parse(svg).Root!; // throws when not well-formed XML
            XNamespace ns = "http://www.w3.org/2000/svg";
            Assert.Equal(ns + "svg", root.Name);
            Assert.Equal("img", (string?)root.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace((string?)root.Attribute("aria-label")));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(ns + "title")?.Value));
            Assert.Null(root.Descendants().Attributes("style").FirstOrDefault());
        }

        var months = XDocument.Parse(svgs.Single(s => s.Contains("chart-months", StringComparison.Ordinal))).Root!;
        Assert.Contains("Jun 2025 1, Jul 2025 1, Aug 2025 1, Sep 2025 0, Oct 2025 1", (string)months.Attribute("aria-label")!);
        Assert.Equal(7, months.Descendants().Count(e => e.Name.LocalName == "rect"));
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();
}
