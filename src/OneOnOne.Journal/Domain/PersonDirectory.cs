namespace OneOnOne.Journal.Domain;

/// <summary>
/// Resolves the ways a note may name a person (DESIGN.md: "a person id, a name or an alias") to the
/// person's id. Matching ignores case, accents, punctuation and spacing, so <c>[[Alice Chen]]</c>,
/// <c>alice-chen</c> and <c>ALICE CHEN</c> are the same person.
/// </summary>
public sealed class PersonDirectory
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _byId = new(StringComparer.Ordinal);

    /// <summary>Builds the directory. Ids win over names, names over aliases, when two people share a spelling.</summary>
    public PersonDirectory(IEnumerable<Person> people)
    {
        var list = people.ToList();
        foreach (var person in list)
        {
            _byId[person.Id] = person;
        }

        foreach (var person in list)
        {
            _byKey.TryAdd(ActionKey.From(person.Id), person.Id);
        }

        foreach (var person in list)
        {
            _byKey.TryAdd(ActionKey.From(person.Name), person.Id);
        }

        foreach (var person in list)
        {
            foreach (var alias in person.Aliases)
            {
                _byKey.TryAdd(ActionKey.From(alias), person.Id);
            }
        }
    }

    /// <summary>Everyone, by id.</summary>
    public IReadOnlyDictionary<string, Person> ById => _byId;

    /// <summary>The id of the person named by <paramref name="nameOrId"/> (<c>[[...]]</c> brackets and a leading <c>@</c> are ignored), or null.</summary>
    public string? Resolve(string? nameOrId)
    {
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            return null;
        }

        var text = nameOrId.Trim().TrimStart('@');
        if (text.StartsWith("[[", StringComparison.Ordinal) && text.EndsWith("]]", StringComparison.Ordinal))
        {
            text = text[2..^2];
        }

        var pipe = text.IndexOf('|', StringComparison.Ordinal);
        if (pipe >= 0)
        {
            text = text[..pipe];
        }

        return _byKey.TryGetValue(ActionKey.From(text), out var id) ? id : null;
    }
}
