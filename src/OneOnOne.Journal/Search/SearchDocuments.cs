using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Modules;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Turns the journal into the documents of the search index: every note (title, body, goals, actions,
/// feedback, wins, tags, people, meeting type), every person (name, aliases, role, about text) and every
/// goal (title, person, comments). No I/O. A note's snippet is the start of its plain text (the writer cuts it to
/// <see cref="SearchIndexWriter.MaxSnippetChars"/> anyway), and its body field is read from the note when indexed.
/// </summary>
public static class SearchDocuments
{
    /// <summary>The documents of <paramref name="journal"/>: notes (newest first), then goals, then people.</summary>
    /// <param name="journal">The built journal.</param>
    /// <param name="includeNote">Which notes to index (null: all, private ones too). Publish passes a filter that drops private notes; goals and people keep only what those notes say.</param>
    public static IReadOnlyList<SearchDocument> From(JournalModel journal, Func<Note, bool>? includeNote = null)
    {
        var notes = journal.Notes.Where(n => includeNote?.Invoke(n) ?? true).ToList();
        var kept = notes.ToHashSet<Note>(ReferenceEqualityComparer.Instance);
        var documents = new List<SearchDocument>(notes.Count + journal.People.Count + journal.Goals.Count);
        documents.AddRange(notes.Select(n => ForNote(journal, n)));
        foreach (var goal in journal.Goals)
        {
            var history = goal.History.Where(p => kept.Contains(p.Note)).ToList();
            if (history.Count > 0)
            {
                documents.Add(ForGoal(journal, goal, history));
            }
        }

        documents.AddRange(journal.People.Select(ForPerson));
        return documents;
    }

    private static SearchDocument ForNote(JournalModel journal, Note note)
    {
        var names = note.With.Select(journal.NameOf).ToList();
        var type = journal.TypeById.TryGetValue(note.TypeId, out var t) ? t.Name : note.TypeId;
        var goalTitles = note.Goals.Select(m =>
            journal.GoalsFor(m.PersonId).FirstOrDefault(g => g.Id == m.GoalId)?.Title ?? m.Title ?? m.GoalId);
        var fields = new NoteFields(note,
        [
            (note.Title, SearchField.Title),
            (string.Join(' ', note.Tags), SearchField.Meta),
            (string.Join(' ', names), SearchField.Meta),
            (string.Join(' ', goalTitles), SearchField.Meta),
            (type, SearchField.Meta),
            (null!, SearchField.Body), // the body: NoteFields reads it from the note when asked
            (string.Join(' ', note.Goals.Select(m => m.Comment).OfType<string>()), SearchField.Body),
            (string.Join(' ', note.Next), SearchField.Body),
        ]);
        return new SearchDocument(
            SearchDocumentKind.Note,
            note.Title,
            note.Permalink,
            note.Date,
            note.With,
            names,
            note.TypeId,
            type,
            note.Tags,
            fields,
            "",
            note.IsPrivate)
        {
            SnippetNote = note, // what Cut reads: the same snippet, made when its shard is written
        };
    }

    /// <summary>
    /// A note's fields, whose body text (<see cref="Note.PlainText"/>, derived from its HTML) is made only while it is
    /// read: the index of a large journal then never holds the plain text of every note at once.
    /// </summary>
    private sealed class NoteFields(Note note, (string Text, SearchField Field)[] fields) : IReadOnlyList<(string Text, SearchField Field)>
    {
        private const int Body = 5;

        public (string Text, SearchField Field) this[int index] => index == Body ? (note.PlainText, SearchField.Body) : fields[index];

        public int Count => fields.Length;

        public IEnumerator<(string Text, SearchField Field)> GetEnumerator()
        {
            for (var i = 0; i < fields.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static SearchDocument ForGoal(JournalModel journal, Goal goal, IReadOnlyList<GoalPoint> history)
    {
        var name = journal.NameOf(goal.PersonId);
        var comments = string.Join(" · ", history.AsEnumerable().Reverse().Select(p => p.Comment).OfType<string>());
        return new SearchDocument(
            SearchDocumentKind.Goal,
            goal.Title,
            goal.Permalink,
            history[^1].Date,
            [goal.PersonId],
            [name],
            null,
            "Goal",
            [],
            [(goal.Title, SearchField.Title), (name, SearchField.Meta), (comments, SearchField.Body)],
            comments);
    }

    private static SearchDocument ForPerson(Person person)
    {
        var about = RenderMarkdown.ToPlainText(person.AboutHtml);
        var snippet = person.Role is { Length: > 0 } role ? role + " · " + about : about;
        return new SearchDocument(
            SearchDocumentKind.Person,
            person.Name,
            $"people/{person.Id}/",
            null,
            [person.Id],
            [person.Name],
            null,
            "Person",
            [],
            [(person.Name + " " + string.Join(' ', person.Aliases), SearchField.Name), (person.Role ?? "", SearchField.Meta), (about, SearchField.Body)],
            snippet);
    }
}
