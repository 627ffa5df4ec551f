namespace OneOnOne.Journal.Domain;

/// <summary>
/// People without person files (issue #15, item 3): each id a note lists in <see cref="Note.InferredPeople"/> that no
/// person file has becomes a <see cref="Person"/> with <see cref="Person.IsInferred"/>, named as the first note (by
/// path) spells it, with the default cadence and relationship <c>other</c>, so that it gets a page and a timeline.
/// Each comes with one info that says how to give it a file. Computed from all the notes on every build, so a preview
/// rebuild that reuses cached notes infers the same people as a full build.
/// </summary>
public static class InferredPeople
{
    /// <summary>Infers the people.</summary>
    /// <param name="known">The people of the person files.</param>
    /// <param name="notes">Every note of the build.</param>
    /// <param name="defaultCadence">Settings <c>default-cadence</c>.</param>
    /// <param name="peopleFolder">Where person files live, relative to the journal root (<c>input/People</c>), for the hint.</param>
    /// <returns>The inferred people, ordered by id, and one info per person at the first note that names them.</returns>
    public static (IReadOnlyList<Person> People, IReadOnlyList<Diagnostic> Infos) From(
        IEnumerable<Person> known, IEnumerable<Note> notes, Cadence defaultCadence, string peopleFolder)
    {
        var ids = known.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var found = new SortedDictionary<string, (string Name, string FirstPath, int Notes)>(StringComparer.Ordinal);
        foreach (var note in notes.Where(n => n.InferredPeople.Count > 0).OrderBy(n => n.SourcePath, StringComparer.Ordinal).ThenBy(n => n.SortKey))
        {
            foreach (var (id, name) in note.InferredPeople)
            {
                if (!ids.Contains(id))
                {
                    found[id] = found.TryGetValue(id, out var seen) ? seen with { Notes = seen.Notes + 1 } : (name, note.SourcePath, 1);
                }
            }
        }

        var people = new List<Person>(found.Count);
        var infos = new List<Diagnostic>(found.Count);
        foreach (var (id, (name, firstPath, count)) in found)
        {
            var file = $"{peopleFolder}/{string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' ? '-' : c))}.md";
            people.Add(new Person(id, name, null, Relationship.Other, defaultCadence, null, [], null, "", file) { IsInferred = true });
            infos.Add(Diagnostic.Info(firstPath, 1, $"inferred person '{name}' from {count} {(count == 1 ? "note" : "notes")}; add {file} to set role and cadence"));
        }

        return (people, infos);
    }
}
