using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;
using OneOnOne.Journal.Pipelines;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Builds a <see cref="Note"/> (<see cref="Keys.Note"/>) from each note file with
/// <see cref="NoteFactory"/>, with the slug <see cref="AssignSlugs"/> gave it (<see cref="Keys.Slug"/>; when
/// the inputs have none, they are assigned here the same way), so it can run on a slice of the notes. A file that is not a 1:1 note
/// (<see cref="NoteFactory.NotANote"/>) is left out with an info: its output document holds no <see cref="Keys.Note"/>. An empty or unreadable file still
/// becomes a note, so that it shows on the "needs attention" page. Each output document holds only
/// <see cref="Keys.Note"/>, with empty content (the HTML is <see cref="Note.BodyHtml"/>): what earlier modules left is dropped.
/// </summary>
public sealed class CreateNotes : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var directory = CreatePeople.DirectoryFrom(context);
        var types = CreateMeetingTypes.From(context).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var given = inputs.Select(d => d.Get<string>(Keys.Slug)).ToArray();
        var cache = ModuleResults.Of(context);
        var changes = context.Changes;
        var slugs = Array.TrueForAll(given, g => g is not null) ? given.Select(g => g!).ToArray() : AssignSlugs.Assign(inputs, context);
        return (doc, i) =>
        {
            var path = doc.Source ?? "?";
            var section = doc.Get<bool>(SplitRunningDocuments.Section); // a running document's meeting: per-file caches hold the whole file
            if (!section && changes is { ReferenceDataChanged: false } && cache!.TryGet(nameof(CreateNotes), path, doc, slugs[i], context) is { } cached)
            {
                return cached;
            }

            if (doc.Get<bool>(MarkTemplates.Template))
            {
                // a template outside the vault's templates folder (issue #15): one info, as for the other files without a date
                context.Report(Diagnostic.Info(path, 1, "not a 1:1 note (no date); left out"));
                return Document.Create(doc.Source, null, "");
            }

            var problems = new List<Diagnostic>();
            var readError = doc.Get<string>(Keys.ReadError);
            var blank = doc.Get<string>(Keys.Markdown) is { } markdown ? string.IsNullOrWhiteSpace(markdown) : doc.Get<bool>(RenderMarkdown.BlankBody) || !doc.Metadata.ContainsKey(RenderMarkdown.BlankBody);
            if (readError is null && blank && doc.Get<YamlMap>(Keys.FrontMatter) is null)
            {
                problems.Add(Diagnostic.Error(path, 1, "the note is empty"));
            }

            // a team meeting, a glossary, a template: not a 1:1 at all, so an info and no page rather than an error (issue #15);
            // never for an empty or unreadable file, nor one whose front matter could not be read, which stays an error so that no note is lost silently
            if (readError is null && problems.Count == 0 && !doc.Get<bool>(Keys.FrontMatterFailed) && NoteFactory.NotANote(path, doc.Get<YamlMap>(Keys.FrontMatter), directory, doc.Get<NoteHead>(ReadNoteHead.Head), context.Settings.Owner, context.Settings.DefaultWith) is { } reason)
            {
                context.Report(Diagnostic.Info(path, 1, $"not a 1:1 note ({reason}); left out"));
                foreach (var was in cache?.CachedNotes(path) ?? [])
                {
                    changes!.Affect(was.With);
                }

                // one output per input (CacheDocuments and InBatches keep them in step), without a note: no page
                return Document.Create(doc.Source, null, "");
            }

            var source = new NoteSource(
                path,
                slugs[i],
                doc.Get<YamlMap>(Keys.FrontMatter),
                doc.Get<MarkdownBody>(Keys.Body) ?? MarkdownBody.Empty,
                readError is null ? doc.Content : "",
                "",
                doc.Get<string>(RenderMarkdown.Summary) ?? "",
                doc.Get<NoteHead>(ReadNoteHead.Head));
            var (note, diagnostics) = NoteFactory.Create(source, directory, types, context.Settings.Owner, context.Settings.DefaultWith);
            if (readError is null)
            {
                problems.AddRange(diagnostics);
            }
            else
            {
                // a file that could not be read is never placed on a timeline as if it were an empty meeting
                note = note with { With = [], Title = Path.GetFileName(path) };
            }

            foreach (var d in problems)
            {
                context.Report(d);
            }

            // later stages read only the note: the Markdown, front matter, analysis and summary are dropped here, so
            // that a full build does not keep them for every note while it renders the pages
            var output = Document.Create(doc.Source, doc.Destination, "").With(Keys.Note, note);
            if (cache is not null)
            {
                // the note's people, before and after the change, see their pages rendered again
                foreach (var old in cache.CachedNotes(path))
                {
                    changes!.Affect(old.With);
                }

                changes!.Affect(note.With);
                if (!section)
                {
                    cache.Set(nameof(CreateNotes), path, doc, slugs[i], output, problems);
                }
            }

            return output;
        };
    }

    /// <summary>The notes of the Notes pipeline.</summary>
    public static IReadOnlyList<Note> From(PipelineContext context) =>
        [.. context.OutputOf(PipelineNames.Notes).SelectMany(NotesOf)];

    /// <summary>The notes a Notes pipeline document holds: its <see cref="Keys.Note"/>, or a running document's <see cref="Keys.Notes"/>; none for a file left out.</summary>
    public static IEnumerable<Note> NotesOf(Document document) =>
        document.Get<IReadOnlyList<Note>>(Keys.Notes) ?? (document.Get<Note>(Keys.Note) is { } note ? [note] : []);
}
