using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>The repository's sample journal (input/) builds cleanly and every page of DESIGN.md's URL table exists.</summary>
public sealed class SampleJournalTests
{
    [Fact]
    public async Task Sample_journal_builds_with_no_warning_and_every_page_exists()
    {
        using var journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));
        var result = await journal.BuildAsync(today: new DateOnly(2026, 11, 22));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Journal!.Notes.Count >= 60, "at least 60 notes");
        Assert.True(result.Journal.People.Count >= 8, "at least 8 people");

        foreach (var page in new[] { "index.html", "people/index.html", "goals/index.html", "actions/index.html", "prep/index.html", "attention/index.html", "notes/index.html", "robots.txt", "404.html" })
        {
            Assert.True(journal.Exists(page), page);
        }

        foreach (var type in new[] { "introductory", "regular", "alignment", "fact-finding", "loyalty-check", "meet-and-greet", "mentorship", "skip-level", "executive-update" })
        {
            Assert.True(journal.Exists($"prep/{type}/index.html"), type);
            Assert.Contains(result.Journal.Notes, n => n.TypeId == type);
        }

        foreach (var person in result.Journal.People)
        {
            Assert.True(journal.Exists($"people/{person.Id}/index.html"), person.Id);
            Assert.True(journal.Exists($"prep/people/{person.Id}/index.html"), person.Id);
        }

        foreach (var note in result.Journal.Notes)
        {
            Assert.True(journal.Exists(note.Permalink + "index.html"), note.Permalink);
        }

        foreach (var goal in result.Journal.Goals)
        {
            Assert.True(journal.Exists(goal.Permalink + "index.html"), goal.Permalink);
        }
    }

    [Fact]
    public async Task Every_relative_link_of_the_sample_site_points_at_an_existing_file()
    {
        using var journal = TempJournal.CopyOf(RepoPaths.SampleInput, Path.Combine(RepoPaths.Root, "settings.yml"));
        await journal.BuildAsync(today: new DateOnly(2026, 11, 22));
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(journal.Output, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(journal.Output, file);
            var doc = journal.Page(relative);
            foreach (var href in doc.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.False(href.StartsWith('/'), $"{relative}: absolute link {href}");
                Assert.False(href.StartsWith("~/", StringComparison.Ordinal), $"{relative}: unresolved link {href}");
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href.Split('#', '?')[0]));
                if (!File.Exists(target))
                {
                    broken.Add($"{relative} -> {href}");
                }
            }
        }

        Assert.Empty(broken);
    }
}
