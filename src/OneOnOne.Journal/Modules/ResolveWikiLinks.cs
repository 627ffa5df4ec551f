using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Turns <c>[[alice-chen]]</c>, <c>[[Alice Chen]]</c> and <c>[[Alice Chen|Alice]]</c> in the Markdown
/// body into links to the person's page (DESIGN.md, "Links"), resolving ids, names and aliases with
/// the People pipeline's <see cref="PersonDirectory"/>. An unknown target is left as text and reported
/// as an info with its line (a link to another note of a vault is not a problem).
/// </summary>
public sealed partial class ResolveWikiLinks : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var directory = CreatePeople.DirectoryFrom(context);
        var peopleFolder = context.Settings.Label(context.Settings.PeopleFolder);
        var cache = ModuleResults.Of(context);
        return (doc, _) =>
        {
            var source = doc.Source ?? "?";
            if (context.Changes is { ReferenceDataChanged: false } && cache!.TryGet(nameof(ResolveWikiLinks), source, doc, null, context) is { } cached)
            {
                return cached;
            }

            var markdown = doc.Get<string>(Keys.Markdown) ?? "";
            if (!markdown.Contains("[[", StringComparison.Ordinal))
            {
                // remembered too, so that a preview rebuild does not scan every unchanged note again
                cache?.Set(nameof(ResolveWikiLinks), source, doc, null, doc, []);
                return doc;
            }

            var problems = new List<Diagnostic>();
            var bodyLine = doc.Get<int>(Keys.BodyLine);
            var head = doc.Get<NoteHead>(ReadNoteHead.Head) ?? NoteHead.Empty;
            var replaced = WikiLink().Replace(markdown, m =>
            {
                var target = m.Groups["target"].Value.Trim();
                var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : target;
                var id = directory.Resolve(target);
                if (id is null && (NoteDates.InText(target) is not null || head.PeopleLines.Any(l => l.Text.Contains(target, StringComparison.OrdinalIgnoreCase))))
                {
                    // a Logseq date link, or an attendee the note names: a date or a person inferred from the note (issue #15), not a broken link
                    return label;
                }

                if (id is null)
                {
                    var line = bodyLine + markdown.AsSpan(0, m.Index).Count('\n');
                    // an info, not a warning: in a vault most [[links]] go to other notes (a project, a meeting), which is no
                    // problem at all, and hundreds of warnings would bury the real ones on the attention page (issue #15)
                    problems.Add(Diagnostic.Info(source, line, $"the link [[{target}]] is not a person; shown as text (if it is someone you meet, add {peopleFolder}/{target}.md)"));
                    return label;
                }

                // the owner's own person file has no page: the link is its text
                return directory.ById[id].Relationship == Relationship.Self ? label : $"[{label}](~/people/{id}/)";
            });
            foreach (var d in problems)
            {
                context.Report(d);
            }

            var output = doc.With(Keys.Markdown, replaced);
            cache?.Set(nameof(ResolveWikiLinks), source, doc, null, output, problems);
            return output;
        };
    }

    [GeneratedRegex(@"\[\[(?<target>[^\[\]|\n]+)(?:\|(?<label>[^\[\]\n]+))?\]\]")]
    private static partial Regex WikiLink();
}
