using System.Runtime.CompilerServices;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The site's rule for which pages a preview rebuild renders again (<see cref="IRenderScope"/>): journal-wide pages
/// (dashboard, lists, actions, prep sheets by type, attention) always; a person's page, prep sheet and goal pages
/// only when that person is affected (<see cref="ChangeSet.IsAffected"/>, keyed by person id); a note page only when
/// one of its people is (or it has none). The session's memo (<see cref="SessionState"/>) of which people each note
/// page shows, remembered once all notes are made (<see cref="RememberNotes"/>). Not thread-safe for writes: remembered
/// between pipelines, read while pages render.
/// </summary>
internal sealed class RenderScope : IRenderScope
{
    // each note's page path, per note object: remembered across rebuilds, since the map is made on every save that changes it
    private readonly ConditionalWeakTable<Note, string> _pagePaths = new();
    private Dictionary<string, IReadOnlyList<string>> _notePagePeople = new(StringComparer.Ordinal);
    private IReadOnlyList<Document> _noteDocuments = [];

    /// <inheritdoc />
    public bool MustRender(string destination, ChangeSet changes)
    {
        if (_notePagePeople.TryGetValue(destination, out var people))
        {
            return people.Count == 0 || people.Any(changes.IsAffected);
        }

        var parts = destination.Split('/');
        var person = parts switch
        {
            ["people", var id, "index.html"] => id,
            ["prep", "people", var id, "index.html"] => id,
            ["goals", var id, _, "index.html"] => id,
            _ => null,
        };
        return person is null || changes.IsAffected(person);
    }

    /// <summary>Records which people each note page shows, from the Notes pipeline's documents (<see cref="CreateNotes.NotesOf"/>).</summary>
    public void RememberNotes(IReadOnlyList<Document> documents)
    {
        var same = SamePages(_noteDocuments, documents);
        _noteDocuments = documents;
        if (same)
        {
            // after edits that kept every note's page and people (most saves), the map is still right
            return;
        }

        var notes = documents.SelectMany(CreateNotes.NotesOf).ToList();
        var pagePeople = new Dictionary<string, IReadOnlyList<string>>(notes.Count, StringComparer.Ordinal);
        foreach (var note in notes)
        {
            var page = _pagePaths.GetValue(note, n => n.Permalink + "index.html");
            if (!pagePeople.TryGetValue(page, out var people))
            {
                pagePeople[page] = note.With;
            }
            else
            {
                pagePeople[page] = [.. people, .. note.With];
            }
        }

        _notePagePeople = pagePeople;
    }

    /// <summary>True when two lists of note documents give the same page paths and people, note by note (the same document object gives the same note).</summary>
    private static bool SamePages(IReadOnlyList<Document> before, IReadOnlyList<Document> after)
    {
        if (before.Count != after.Count || after.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (ReferenceEquals(before[i], after[i]))
            {
                continue;
            }

            if (before[i].Get<IReadOnlyList<Note>>(Keys.Notes) is not null || after[i].Get<IReadOnlyList<Note>>(Keys.Notes) is not null)
            {
                var (x, y) = (CreateNotes.NotesOf(before[i]).ToList(), CreateNotes.NotesOf(after[i]).ToList());
                if (x.Count != y.Count || x.Zip(y).Any(p => p.First.Permalink != p.Second.Permalink || !p.First.With.SequenceEqual(p.Second.With, StringComparer.Ordinal)))
                {
                    return false;
                }

                continue;
            }

            if (before[i].Get<Note>(Keys.Note) is not { } a || after[i].Get<Note>(Keys.Note) is not { } b
                || a.Permalink != b.Permalink || !a.With.SequenceEqual(b.With, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
