using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

/// <summary>The person file's <c>until:</c> (issue #16): the day the working relationship ended.</summary>
public sealed class PersonFactoryTests
{
    private static (Person Person, IReadOnlyList<Diagnostic> Diagnostics) Create(string frontMatter) =>
        PersonFactory.Create("input/people/dan.md", FrontMatterParser.Parse($"---\n{frontMatter}\n---\n").FrontMatter, "", Cadence.Weekly);

    [Fact]
    public void Until_is_read_and_makes_the_person_former_once_it_has_passed()
    {
        var (person, diagnostics) = Create("name: Dan\nsince: 2025-01-06\nuntil: 2026-01-31");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2026, 1, 31), person.Until);
        Assert.False(person.IsFormer(new DateOnly(2026, 1, 31))); // the last day is still a working day together
        Assert.True(person.IsFormer(new DateOnly(2026, 2, 1)));
        Assert.False(Create("name: Eve").Person.IsFormer(new DateOnly(2030, 1, 1)));
    }

    [Theory]
    [InlineData("until: next spring", "'until: next spring' is not a date; write YYYY-MM-DD")]
    [InlineData("since: 2026-02-01\nuntil: 2026-01-31", "'until: 2026-01-31' is before 'since:'; ignoring until")]
    public void An_unreadable_or_impossible_until_is_a_warning_with_its_line_and_is_ignored(string frontMatter, string message)
    {
        var (person, diagnostics) = Create(frontMatter);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(message, warning.Message);
        Assert.Equal(frontMatter.Split('\n').Length + 1, warning.Line); // the until: line, after the opening ---
        Assert.Null(person.Until);
    }

    [Theory]
    [InlineData("startDate: 2025-09-01")]
    [InlineData("start date: 2025-09-01")]
    [InlineData("start: 2025-09-01")]
    [InlineData("since: \"[[2025-09-01]]\"")]
    [InlineData("since: [[2025-09-01]]")]
    public void Start_dates_in_other_tools_spellings_and_links_are_since(string frontMatter)
    {
        var (person, diagnostics) = Create(frontMatter);

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2025, 9, 1), person.Since);
    }

    [Fact]
    public void Links_in_person_fields_mean_their_text()
    {
        var (person, _) = Create("name: \"[[Dan Brown|Dan]]\"\nrole: \"[[Staff Engineer]]\"\naliases: [\"[[Danny]]\"]");

        Assert.Equal(("Dan Brown", "Staff Engineer", "Danny"), (person.Name, person.Role, Assert.Single(person.Aliases)));
    }
}
