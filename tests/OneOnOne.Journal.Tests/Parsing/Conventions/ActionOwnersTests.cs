using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Parsing.Conventions;

public sealed class ActionOwnersTests
{
    [Theory]
    [InlineData("Draft the plan → Jordan", "Draft the plan", "Jordan")]
    [InlineData("Draft the plan -> Jordan Lee", "Draft the plan", "Jordan Lee")]
    [InlineData("Draft the plan. Owner: Jordan", "Draft the plan.", "Jordan")]
    [InlineData("Draft the plan (Jordan Lee)", "Draft the plan", "Jordan Lee")]
    [InlineData("Draft the plan (me)", "Draft the plan", "me")]
    [InlineData("Draft the plan → Jordan, by Friday", "Draft the plan , by Friday", "Jordan")]
    public void Written_owners_are_read_and_removed(string text, string rest, string owner)
    {
        var (item, problem) = TaskItemParser.Parse(text, false, 3);

        Assert.Null(problem);
        Assert.Equal((rest, owner), (item.Text, item.Owner));
    }

    [Theory]
    [InlineData("Plan the demo (optional)")]
    [InlineData("Plan the demo (WIP)")]
    [InlineData("Ask whether the migration -> cutover order holds for every one of the services")]
    public void Parentheses_and_arrows_that_are_not_names_stay_text(string text)
    {
        var (item, _) = TaskItemParser.Parse(text, false, 1);

        Assert.Null(item.Owner);
        Assert.Equal(text, item.Text);
    }

    [Fact]
    public void An_arrow_with_no_name_is_reported_and_the_item_has_no_owner()
    {
        var (item, problem) = TaskItemParser.Parse("Ping the team →", false, 7);

        Assert.Null(item.Owner);
        Assert.Equal("Ping the team", item.Text);
        Assert.Contains("names no owner", problem);
    }

    [Fact]
    public void Names_resolve_by_id_name_alias_or_unique_first_name_and_the_owner_is_me()
    {
        var people = new PersonDirectory([Person("jordan-lee", "Jordan Lee", null, "JL"), Person("sam-rivera", "Sam Rivera"), Person("sam-okafor", "Sam Okafor")]);

        Assert.Equal(("jordan-lee", (string?)null), ActionOwners.Resolve("Jordan", people, "Alex Kim"));
        Assert.Equal("jordan-lee", ActionOwners.Resolve("JL", people, null).Id);
        Assert.Equal("jordan-lee", ActionOwners.Resolve("jordan-lee", people, null).Id);
        Assert.Equal("me", ActionOwners.Resolve("Alex Kim", people, "Alex Kim").Id);
        Assert.Equal("me", ActionOwners.Resolve("Me", people, null).Id);
        var (sam, ambiguous) = ActionOwners.Resolve("Sam", people, null);
        Assert.Null(sam);
        Assert.Contains("sam-okafor or sam-rivera", ambiguous);
        Assert.Equal("unknown owner '@nobody' of an action item; use @me or a person id", ActionOwners.Resolve("nobody", people, null).Problem);
        Assert.Contains("'Pat Doe'", ActionOwners.Resolve("Pat Doe", people, null).Problem);
    }
}
