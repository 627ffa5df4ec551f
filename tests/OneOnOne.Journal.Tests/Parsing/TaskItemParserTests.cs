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
    public void A_done_date_is_read_from_done_colon_and_removed_from_the_text()
    {
        var (item, problem) = TaskItemParser.Parse("@alice Send the deck due:2026-05-20 done:2026-05-22", true, 4);

        Assert.Null(problem);
        Assert.Equal("Send the deck", item.Text);
        Assert.Equal(new DateOnly(2026, 5, 20), item.Due);
        Assert.Equal(new DateOnly(2026, 5, 22), item.DoneOn);
    }

    [Fact]
    public void A_bad_done_date_is_reported_and_kept_in_the_text()
    {
        var (item, problem) = TaskItemParser.Parse("Ship it done:yesterday", true, 1);

        Assert.Contains("done:YYYY-MM-DD", problem);
        Assert.Null(item.DoneOn);
        Assert.Contains("done:yesterday", item.Text);
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
