using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Builds a <see cref="Note"/> (<see cref="Keys.Note"/>) from each note file with
/// <see cref="NoteFactory"/>. Gives every note a unique slug: when two files share a stem, the later
/// one (by path) gets <c>-2</c>, <c>-3</c>... and a warning. An empty or unreadable file still
/// becomes a note, so that it shows on the "needs attention" page.
/// </summary>
public sealed class CreateNotes : IModule
{
    /// <summary>The name of the pipeline that produces notes.</summary>
    public const string Pipeline = "Notes";

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var directory = CreatePeople.DirectoryFrom(context);
        var types = CreateMeetingTypes.From(context).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var slugs = AssignSlugs(inputs, context);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            var path = doc.Source ?? "?";
            var readError = doc.Get<string>(Keys.ReadError);
            if (readError is null && string.IsNullOrWhiteSpace(doc.Get<string>(Keys.Markdown)) && doc.Get<YamlMap>(Keys.FrontMatter) is null)
            {
                context.Report(Diagnostic.Error(path, 1, "the note is empty"));
            }

            var source = new NoteSource(
                path,
                slugs[i],
                doc.Get<YamlMap>(Keys.FrontMatter),
                doc.Get<MarkdownBody>(Keys.Body) ?? MarkdownBody.Empty,
                readError is null ? doc.Content : "",
                doc.Get<string>(RenderMarkdown.PlainText) ?? "",
                doc.Get<string>(RenderMarkdown.Summary) ?? "");
            var (note, diagnostics) = NoteFactory.Create(source, directory, types, context.Settings.Owner);
            if (readError is null)
            {
                foreach (var d in diagnostics)
                {
                    context.Report(d);
                }
            }
            else
            {
                // a file that could not be read is never placed on a timeline as if it were an empty meeting
                note = note with { With = [], Title = Path.GetFileName(path) };
            }

            outputs[i] = doc.With(RenderMarkdown.Syntax, null).With(Keys.Note, note);
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static string[] AssignSlugs(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var slugs = new string[inputs.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = inputs[i].Source ?? "?";
            var slug = Slug.From(Path.GetFileNameWithoutExtension(path));
            var candidate = slug;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{slug}-{n}";
            }

            if (candidate != slug)
            {
                context.Report(Diagnostic.Warning(path, 1, $"another note ({first[slug]}) has the same file name; this one's page is {candidate}/; rename one of them"));
            }
            else
            {
                first[slug] = path;
            }

            slugs[i] = candidate;
        }

        return slugs;
    }

    /// <summary>The notes of the Notes pipeline.</summary>
    public static IReadOnlyList<Note> From(PipelineContext context) =>
        [.. context.OutputOf(Pipeline).Select(d => d.Get<Note>(Keys.Note)).OfType<Note>()];
}
