using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Turns a running document (one file per person, one dated section per meeting: <see cref="RunningDocument"/>) into
/// one note per section, by running its modules (rendering and <see cref="CreateNotes"/>) on each section as if it were
/// a note file of its own, and joins the sections' notes back into one output document per input
/// (<see cref="Keys.Notes"/>), so that <see cref="CacheDocuments"/> and <see cref="InBatches"/> keep one output per
/// file and a preview rebuild reparses the whole file when it changes. Other documents pass through its modules as they are.
/// </summary>
/// <remarks>
/// A file is split only when its front matter has no <c>date:</c>, neither its name nor its folders give a date (<see cref="NoteDates"/>), its body has at
/// least two dated sections, and the person is known: from the front matter (<c>with:</c> and synonyms) or from a
/// person's name in the file name (<see cref="RunningDocument.PersonInStem"/>), or by any other convention of
/// <see cref="NotePeople"/> (a people tag, an <c>Attendees:</c> line, the folder, <c>default-with:</c>). Each section gets the file's front
/// matter with the section's date (at the heading's line) and that person, so every front-matter rule (type, tags,
/// <c>private: true</c>, ...) applies to every meeting of the file, and the body rules apply to each section alone. A
/// section's slug is the file's slug and the date (<c>jordan-1on1-2026-01-21</c>, then <c>-2</c> for a second meeting on
/// the same day), so its page is <c>/notes/2026/jordan-1on1-2026-01-21/</c>.
/// </remarks>
/// <param name="modules">The modules to run on the documents and sections (one output per input, in order).</param>
public sealed class SplitRunningDocuments(params IModule[] modules) : IModule
{
    /// <summary>Metadata key of a bool: true on a section of a running document (its per-file caches must not hold it: its path is the whole file's).</summary>
    public const string Section = "RunningSection";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var directory = CreatePeople.DirectoryFrom(context);
        var expanded = new List<Document>(inputs.Count);
        var counts = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var sections = Sections(inputs[i], directory, context.Settings.DefaultWith);
            counts[i] = sections.Count == 0 ? -1 : sections.Count;
            expanded.AddRange(sections.Count == 0 ? [inputs[i]] : sections);
        }

        IReadOnlyList<Document> made = expanded;
        foreach (var module in modules)
        {
            made = await module.ExecuteAsync(made, context).ConfigureAwait(false);
        }

        var outputs = new Document[inputs.Count];
        var results = ModuleResults.Of(context);
        var at = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (counts[i] < 0)
            {
                outputs[i] = made[at++];
                continue;
            }

            var notes = made.Skip(at).Take(counts[i]).Select(d => d.Get<Note>(Keys.Note)).OfType<Note>().ToList();
            at += counts[i];
            outputs[i] = Document.Create(inputs[i].Source, null, "").With(Keys.Notes, notes);

            // preview: what the file made, so that its people's pages are rendered again when it changes or goes (ModuleResults.CachedNotes)
            results?.Set(nameof(CreateNotes), inputs[i].Source!, null, null, outputs[i], []);
        }

        return outputs;
    }

    /// <summary>The sections of a running document as documents of their own; empty when <paramref name="doc"/> is not one.</summary>
    private static List<Document> Sections(Document doc, PersonDirectory directory, string? defaultWith)
    {
        if (doc.Get<string>(Keys.ReadError) is not null || doc.Get<bool>(Keys.FrontMatterFailed) || doc.Get<string>(Keys.Markdown) is not { } markdown
            || doc.Source is not { } source)
        {
            return [];
        }

        var fm = doc.Get<YamlMap>(Keys.FrontMatter) ?? YamlMap.Empty;
        var stem = Path.GetFileNameWithoutExtension(source);
        if (fm.Get("date") is YamlScalar { Text: var dateText } && !string.IsNullOrWhiteSpace(dateText) || FileNameConvention.Read(stem).Date is not null)
        {
            return []; // one meeting, dated: never split
        }

        if (NoteDates.Find(source, null, NoteHead.Empty) is not null)
        {
            return []; // dated by its path (a Logseq journal page, a 2026/01/21/ folder): one meeting as well
        }

        var named = fm.Strings(splitCommas: false, [.. NoteFactory.WithKeys]).Any(n => !string.IsNullOrWhiteSpace(n.Text));
        var person = named ? null : RunningDocument.PersonInStem(stem, directory);
        // the other conventions of issue #15 (a people tag, an Attendees line, the folder, default-with:) name the person of
        // a running document as well; each section is then read by them again, as a note of the same file
        if (!named && person is null
            && NotePeople.Find(source, fm, doc.Get<NoteHead>(ReadNoteHead.Head) ?? NoteHead.Empty, directory, defaultWith).Count == 0)
        {
            return [];
        }

        var split = RunningDocument.Split(markdown);
        if (split.Count == 0)
        {
            return [];
        }

        var bodyLine = Math.Max(1, doc.Get<int>(Keys.BodyLine));
        var fileSlug = doc.Get<string>(Keys.Slug) ?? Slug.From(stem);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Document>(split.Count);
        foreach (var section in split)
        {
            var slug = $"{fileSlug}-{section.Date:yyyy-MM-dd}";
            for (var n = 2; !used.Add(slug); n++)
            {
                slug = $"{fileSlug}-{section.Date:yyyy-MM-dd}-{n}";
            }

            var entries = new Dictionary<string, YamlValue>(fm.Entries, StringComparer.Ordinal)
            {
                ["date"] = new YamlScalar(section.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), bodyLine + section.HeadingLine, 1),
            };
            if (person is not null)
            {
                entries["with"] = new YamlScalar(person, 1, 1);
            }

            result.Add(doc
                .With(Keys.Markdown, section.Markdown)
                .With(Keys.BodyLine, bodyLine + section.FirstLine)
                .With(Keys.FrontMatter, new YamlMap(entries, fm.Line, fm.Column))
                .With(Keys.Slug, slug)
                .With(Section, true));
        }

        return result;
    }
}
