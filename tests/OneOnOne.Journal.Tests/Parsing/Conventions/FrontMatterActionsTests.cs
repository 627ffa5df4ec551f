using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class FrontMatterActionsTests
{
    private static YamlMap Yaml(string yaml) => FrontMatterParser.Parse($"---\n{yaml}---\nBody\n").FrontMatter!;

    [Fact]
    public void Strings_and_maps_become_items_with_owner_due_and_done()
    {
        var (items, problems) = FrontMatterActions.Read(Yaml("actionItems:\n  - \"@jordan Draft the plan due:2026-01-27\"\n  - \"[x] Read the RFC\"\n  - task: Share the budget\n    owner: Sam Rivera\n    due: 2026-01-20\n    done: 2026-01-19\n  - { task: Book the room, owner: '@me', status: open }\n"));

        Assert.Empty(problems);
        Assert.Equal(["Draft the plan", "Read the RFC", "Share the budget", "Book the room"], items.Select(i => i.Text));
        Assert.Equal(["jordan", null, "Sam Rivera", "me"], items.Select(i => i.Owner));
        Assert.Equal([false, true, true, false], items.Select(i => i.Done));
        Assert.Equal((new DateOnly(2026, 1, 20), new DateOnly(2026, 1, 19)), (items[2].Due!.Value, items[2].DoneOn!.Value));
        Assert.Equal(new DateOnly(2026, 1, 27), items[0].Due);
        Assert.Equal(3, items[0].Line);
    }

    [Fact]
    public void Snake_case_key_and_a_single_string_are_read()
    {
        Assert.Single(FrontMatterActions.Read(Yaml("action_items: Send the notes\n")).Items);
        Assert.Empty(FrontMatterActions.Read(Yaml("title: x\n")).Items);
    }

    [Fact]
    public void Entries_that_cannot_be_read_are_problems_with_their_lines_not_crashes()
    {
        var (items, problems) = FrontMatterActions.Read(Yaml("actionItems:\n  - owner: Sam\n  - task: Ship it\n    due: soon\n  - [a, b]\n"));

        Assert.Equal(["Ship it"], items.Select(i => i.Text));
        Assert.Null(items[0].Due);
        Assert.Equal([3, 5, 6], problems.Select(p => p.Line).Order());
    }
}
