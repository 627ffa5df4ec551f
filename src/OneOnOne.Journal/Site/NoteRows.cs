using System.Collections.Concurrent;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The row of each note (<see cref="Views.Note"/>) made by an earlier build of a preview session (a
/// <see cref="SessionState"/> memo): reused while the note is the same object and its page need not be rendered
/// again (none of its people is affected). Forgotten when a build renders everything. Thread-safe.
/// </summary>
internal sealed class NoteRows : IBuildMemo
{
    private readonly ConcurrentDictionary<Note, NoteRow> _rows = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc />
    public void BeginBuild(ChangeSet changes)
    {
        if (changes.Everything)
        {
            _rows.Clear();
        }
    }

    /// <summary>Gets the row made earlier for <paramref name="note"/> (compared by reference) when <paramref name="changes"/> does not render its page again.</summary>
    public bool TryGet(Note note, ChangeSet changes, out NoteRow? row)
    {
        row = null;
        return !changes.MustRender(note.Permalink + "index.html") && _rows.TryGetValue(note, out row);
    }

    /// <summary>Keeps the row of a note for later builds (see <see cref="TryGet"/>).</summary>
    public void Set(Note note, NoteRow row) => _rows[note] = row;
}
