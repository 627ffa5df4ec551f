using OneOnOne.Journal.Domain;
using static OneOnOne.Journal.Tests.Support.Notes;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class PersonDirectoryTests
{
    private readonly PersonDirectory _people = new([Person("alice-chen", "Alice Chen", null, "Ali", "A. Chen"), Person("jose-alvarez", "José Álvarez", null, "Pepe")]);

    [Theory]
    [InlineData("alice-chen")]
    [InlineData("Alice Chen")]
    [InlineData("alice chen")]
    [InlineData("[[Alice Chen]]")]
    [InlineData("[[alice-chen|Alice]]")]
    [InlineData("@alice-chen")]
    [InlineData("Ali")]
    [InlineData("A. Chen")]
    public void Ids_names_aliases_and_wiki_links_resolve(string text) => Assert.Equal("alice-chen", _people.Resolve(text));

    [Theory]
    [InlineData("Jose Alvarez")]
    [InlineData("JOSÉ ÁLVAREZ")]
    [InlineData("pepe")]
    public void Matching_ignores_accents_and_case(string text) => Assert.Equal("jose-alvarez", _people.Resolve(text));

    [Theory]
    [InlineData("Bob")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_do_not_resolve(string? text) => Assert.Null(_people.Resolve(text));

    [Fact]
    public void A_default_name_is_the_id_title_cased() => Assert.Equal("Alice Chen", OneOnOne.Journal.Domain.Person.NameFromId("alice-chen"));

    [Fact]
    public void A_first_name_alone_matches_the_one_person_who_has_it_and_lists_everyone_when_several_do()
    {
        var people = new PersonDirectory([Person("priya-nair", "Priya Nair"), Person("sam-lee", "Sam Lee"), Person("sam-okafor", "Sam Okafor"), Person("jose-alvarez", "José Álvarez")]);

        Assert.Equal(["priya-nair"], people.Match("priya"));
        Assert.Equal(["priya-nair"], people.Match("PRIYA"));
        Assert.Equal(["jose-alvarez"], people.Match("jose"));            // accents ignored as everywhere
        Assert.Equal(["sam-lee", "sam-okafor"], people.Match("Sam"));
        Assert.Equal(["sam-lee"], people.Match("Sam Lee"));              // a full name still wins
        Assert.Empty(people.Match("nair"));                              // a last name alone is not a first name
        Assert.Null(people.Resolve("priya"));                            // notes keep the exact rule
    }
}
