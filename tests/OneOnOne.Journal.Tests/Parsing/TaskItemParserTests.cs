using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

public sealed class TaskItemParserTests
{
    [Fact]
    public void Owner_and_due_date_are_read_and_removed_from_the_text()
    {
        var (item, problem) = TaskItemParser.Parse("@alice-chen Draft the rollout plan due:2026-03-11", false, 12);

        Assert.Null(problem);
        Assert.Equal("Draft the rollout plan", item.Text);
        Assert.Equal("alice-chen", item.Owner);
        Assert.Equal(new DateOnly(2026, 3, 11), item.Due);
        Assert.Equal(12, item.Line);
        Assert.False(item.Done);
    }

    [Fact]
    public void Obsidian_tasks_dates_are_understood()
    {
        var (item, _) = TaskItemParser.Parse("Book the room 📅 2026-05-20 ➕ 2026-05-12 ✅ 2026-05-19 ⏫", true, 3);

        Assert.Equal("Book the room", item.Text);
        Assert.Equal(new DateOnly(2026, 5, 20), item.Due);
        Assert.Equal(new DateOnly(2026, 5, 19), item.DoneOn);
        Assert.Null(item.Owner);
    }

    [Fact]
    public void An_email_address_is_not_an_owner() =>
        Assert.Null(TaskItemParser.Parse("Mail sam@example.org the notes", false, 1).Item.Owner);

    [Fact]
    public void A_bad_due_date_is_reported_and_kept_in_the_text()
    {
        var (item, problem) = TaskItemParser.Parse("@me Ship it due:2026-02-30", false, 1);

        Assert.NotNull(problem);
        Assert.Contains("due:2026-02-30", problem);
        Assert.Null(item.Due);
        Assert.Equal("me", item.Owner);
    }
}
