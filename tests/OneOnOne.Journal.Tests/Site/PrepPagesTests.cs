using AngleSharp.Html.Dom;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Site;

/// <summary>
/// Prep sheets from the owner's side of the table (issue #16): a person's sheet shows the side their
/// relationship puts the owner on; a type's sheet shows every side, the owner's usual side first.
/// </summary>
public sealed class PrepPagesTests(PrepPagesTests.SidesJournal fixture) : IClassFixture<PrepPagesTests.SidesJournal>
{
    /// <summary>One person per relationship value, all meeting the theme's <c>regular</c> type (which has the three sides), plus a user's own one-body type and a type with only two sides.</summary>
    public sealed class SidesJournal : IAsyncLifetime
    {
        public static readonly string[] Relationships = ["report", "mentee", "skip-report", "manager", "skip", "exec", "mentor", "peer", "other"];

        public TempJournal Journal { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var relationship in Relationships)
            {
                Journal.Person(relationship, $"name: {relationship} person\nrelationship: {relationship}\ntype: regular");
            }

            Journal
                .Person("plain-peer", "name: Plain Peer\nrelationship: peer\ntype: pairing")
                .Person("two-sided-peer", "name: Two Sided\nrelationship: peer\ntype: coaching")
                .Person("two-sided-report", "name: Two Sided Report\nrelationship: report\ntype: coaching")
                .Write("meeting-types/pairing.md", "---\nname: Pairing session\npurpose: Work through code together.\nduration: 60\n---\n## How to prepare\n- Pick the gnarliest file\n\n## Agenda\n- 50 min: Pair\n- 10 min: Retro\n")
                .Write("meeting-types/coaching.md", "---\nname: Coaching\npurpose: Grow a skill.\n---\n# Leading: As the coach\n## Purpose\nHelp them grow.\n## How to prepare\n- Coach-only preparation\n## Agenda\n- 10 min: Coach agenda\n\n# Attending: As the coachee\n## How to prepare\n- Coachee-only preparation\n## Agenda\n- 10 min: Coachee agenda\n");
            await Journal.BuildAsync();
            Assert.Empty(Journal.Result!.Diagnostics.Select(d => d.ToString()));
        }

        public Task DisposeAsync()
        {
            Journal.Dispose();
            return Task.CompletedTask;
        }
    }

    // a phrase from each side of theme/meeting-types/regular.md, and its first agenda item
    private static readonly Dictionary<string, (string Class, string Label, string Phrase, string FirstAgendaItem)> Sides = new()
    {
        ["lead"] = ("side-lead", "As their manager", "Reread last time's notes and check the actions you owned", "Their follow-ups from last time, then yours"),
        ["attend"] = ("side-attend", "As the report", "Write a short agenda; never arrive empty", "Follow up on last meeting's topics and actions"),
        ["neutral"] = ("side-neutral", "Between peers", "List what your team needs from theirs", "Follow-ups from last time"),
    };

    [Theory]
    [InlineData("report", "lead")]
    [InlineData("mentee", "lead")]
    [InlineData("skip-report", "lead")]
    [InlineData("manager", "attend")]
    [InlineData("skip", "attend")]
    [InlineData("exec", "attend")]
    [InlineData("mentor", "attend")]
    [InlineData("peer", "neutral")]
    [InlineData("other", "neutral")]
    public void A_persons_prep_sheet_shows_only_the_side_their_relationship_puts_you_on(string relationship, string side)
    {
        var page = fixture.Journal.Page($"prep/people/{relationship}/index.html");
        var (cssClass, label, phrase, firstItem) = Sides[side];
        var guide = Assert.Single(page.QuerySelectorAll("section.guide"));
        Assert.Contains(cssClass, guide.ClassList);
        Assert.Equal(label, guide.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains(phrase, guide.TextContent, StringComparison.Ordinal);
        Assert.Contains(label, page.QuerySelector(".sheet-header .purpose")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(firstItem, page.QuerySelector(".agenda li")!.TextContent.Trim(), StringComparison.Ordinal);
        var entry = fixture.Journal.Page("prep/index.html").QuerySelectorAll("#next-h ~ ul li").Single(li => li.TextContent.StartsWith($"{relationship} person ", StringComparison.Ordinal));
        Assert.Contains($"Regular 1:1, {char.ToLowerInvariant(label[0])}{label[1..]}", entry.TextContent, StringComparison.Ordinal);
        foreach (var (other, (_, _, otherPhrase, _)) in Sides.Where(s => s.Key != side))
        {
            Assert.DoesNotContain(otherPhrase, page.DocumentElement.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_relationship_value_is_covered_by_the_theory()
    {
        // a relationship added to the enum without a row above would silently fall to the neutral side; `self` is the
        // owner's own person file, never someone you meet, so it has no prep sheet (issue #15)
        Assert.Equal(
            Enum.GetValues<OneOnOne.Journal.Domain.Relationship>().Where(r => r != OneOnOne.Journal.Domain.Relationship.Self)
                .Select(OneOnOne.Journal.Domain.Enums.ToJournal).Order(),
            SidesJournal.Relationships.Order());
    }

    [Fact]
    public void The_type_sheet_shows_every_side_leading_first_by_default_and_says_so()
    {
        var page = fixture.Journal.Page("prep/regular/index.html");
        Assert.Equal(["side-lead", "side-attend", "side-neutral"], SideClasses(page));
        Assert.Contains("set role: manager or role: report", page.QuerySelector(".side-order")!.TextContent, StringComparison.Ordinal);
        foreach (var (cssClass, label, phrase, _) in Sides.Values)
        {
            var section = page.QuerySelector($"section.{cssClass}")!;
            Assert.Equal(label, section.QuerySelector("h2")!.TextContent.Trim());
            Assert.Contains(phrase, section.TextContent, StringComparison.Ordinal);
            Assert.Empty(section.QuerySelectorAll("h2 ~ .prose h2")); // the side's own sections sit one level below its heading
        }
    }

    [Theory]
    [InlineData("manager", new[] { "side-lead", "side-attend", "side-neutral" })]
    [InlineData("report", new[] { "side-attend", "side-lead", "side-neutral" })]
    [InlineData("both", new[] { "side-lead", "side-attend", "side-neutral" })]
    public async Task The_type_sheet_puts_the_side_that_settings_role_asks_for_first(string role, string[] order)
    {
        using var journal = new TempJournal().Settings($"role: {role}\n");
        await journal.BuildAsync();
        Assert.Empty(journal.Result!.Diagnostics.Select(d => d.ToString()));
        var page = journal.Page("prep/regular/index.html");
        Assert.Equal(order, SideClasses(page));
        Assert.Contains(role == "both" ? "to choose" : $"as role: {role}", page.QuerySelector(".side-order")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persons_prep_sheet_keeps_every_topic_queued_until_a_later_note_mentions_or_drops_it()
    {
        using var journal = new TempJournal()
            .Person("priya", "name: Priya Nair")
            .Note("2026-05-04-priya", "date: 2026-05-04\nwith: priya\nnext: [Promo packet timeline, Conference budget]")
            .Note("2026-05-11-priya", "date: 2026-05-11\nwith: priya\nnext: [~~conference budget~~]", "## Next time\n- Team offsite\n")
            .Note("2026-05-18-priya", "date: 2026-05-18\nwith: priya", "## Notes\nThe offsite for the team is booked.\n");
        await journal.BuildAsync();
        Assert.Empty(journal.Result!.Diagnostics.Select(d => d.ToString()));

        var topics = journal.Page("prep/people/priya/index.html").QuerySelectorAll("#topics-h ~ ul li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Promo packet timeline"], topics); // not the last note's (empty) queue; dropped and mentioned ones gone
    }

    [Fact]
    public async Task An_unknown_role_is_reported_and_the_leading_side_comes_first()
    {
        using var journal = new TempJournal().Settings("title: T\nrole: boss\n");
        await journal.BuildAsync();
        var warning = Assert.Single(journal.Result!.Diagnostics);
        Assert.Equal("settings.yml:2:1: warning: unknown role 'boss' (expected both | manager | report); using both", warning.ToString());
        Assert.Equal("side-lead", SideClasses(journal.Page("prep/regular/index.html"))[0]);
    }

    [Fact]
    public void A_users_own_type_without_sides_still_renders_one_body_for_everyone()
    {
        var type = fixture.Journal.Page("prep/pairing/index.html");
        Assert.Empty(type.QuerySelectorAll("section.side"));
        Assert.Contains("Pick the gnarliest file", type.QuerySelector(".sheet-body")!.TextContent, StringComparison.Ordinal);

        var person = fixture.Journal.Page("prep/people/plain-peer/index.html");
        Assert.Equal(["50 min Pair", "10 min Retro"], person.QuerySelectorAll(".agenda li").Select(li => li.TextContent.Trim()));
        var guide = Assert.Single(person.QuerySelectorAll("section.guide"));
        Assert.Contains("Pick the gnarliest file", guide.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Retro", guide.TextContent, StringComparison.Ordinal); // the agenda is beside the topics, not repeated
    }

    [Fact]
    public void A_peer_facing_a_type_without_a_peer_side_reads_both_sides_and_a_report_only_the_leading_one()
    {
        var peer = fixture.Journal.Page("prep/people/two-sided-peer/index.html");
        Assert.Equal(["As the coach", "As the coachee"], peer.QuerySelectorAll("section.guide h2").Select(h => h.TextContent.Trim()));

        var report = fixture.Journal.Page("prep/people/two-sided-report/index.html");
        var guide = Assert.Single(report.QuerySelectorAll("section.guide"));
        Assert.Contains("Coach-only preparation", guide.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Coachee", report.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Contains("Help them grow.", report.QuerySelector(".sheet-header .purpose")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("Coach agenda", report.QuerySelector(".agenda li")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_theme_meeting_type_has_a_complete_leading_attending_and_peer_side()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "meeting-types"), "*.md"))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var page = fixture.Journal.Page($"prep/{id}/index.html");
            foreach (var cssClass in new[] { "side-lead", "side-attend", "side-neutral" })
            {
                var section = page.QuerySelector($"section.{cssClass}");
                if (section is null)
                {
                    missing.Add($"{id}: no {cssClass}");
                    continue;
                }

                var headings = section.QuerySelectorAll(".prose h3").Select(h => h.TextContent.Trim()).ToList();
                foreach (var needed in new[] { "How to prepare", "Agenda", "Questions to ask", "Pitfalls" })
                {
                    if (!headings.Contains(needed))
                    {
                        missing.Add($"{id} {cssClass}: no '{needed}'");
                    }
                }

                if (section.QuerySelector(".purpose")?.TextContent.Trim() is not { Length: > 20 })
                {
                    missing.Add($"{id} {cssClass}: no purpose");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static List<string> SideClasses(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("section.side").Select(s => s.ClassList.First(c => c.StartsWith("side-", StringComparison.Ordinal)))];
}
