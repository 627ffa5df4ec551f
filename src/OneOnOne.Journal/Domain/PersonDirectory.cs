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

    /// <summary>
    /// Like <see cref="Resolve"/>, and failing that, by first name (the first word of the name, matched as
    /// <see cref="Resolve"/> matches): the ids of everyone whose first name is <paramref name="nameOrFirstName"/>.
    /// One id is the person; several are the candidates to choose from; none, nobody.
    /// </summary>
    /// <remarks>
    /// For the command line (<c>oneonone new priya</c>, issue #16), where the user sees the answer at once. Notes
    /// keep <see cref="Resolve"/>: a note's <c>with: priya</c> would silently change meaning when a second Priya joins.
    /// </remarks>
    /// <returns>The matching ids, ordered by name; a single id when <see cref="Resolve"/> finds one.</returns>
    public IReadOnlyList<string> Match(string? nameOrFirstName)
    {
        if (Resolve(nameOrFirstName) is { } id)
        {
            return [id];
        }

        if (string.IsNullOrWhiteSpace(nameOrFirstName))
        {
            return [];
        }

        var key = ActionKey.From(nameOrFirstName.Trim().TrimStart('@'));
        return key.Length == 0
            ? []
            : [.. _byId.Values
                .Where(p => p.Name.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && ActionKey.From(first) == key)
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(p => p.Id)];
    }
}
