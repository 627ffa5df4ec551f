using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Parsing.Conventions;
using OneOnOne.Journal.Publishing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// For publishing (DESIGN.md, "Privacy"; docs/privacy.md): drops files whose front matter says <c>private: true</c>
/// (<see cref="PrivateFlag"/>), and removes <c>&lt;!-- private --&gt;</c> blocks (<see cref="PrivateBlocks"/>) from
/// every other file, right after reading and before anything is parsed or reported, so that private content cannot
/// reach any page, count, goal history, action list, search index or message. It fails closed: a file that cannot be
/// read with certainty (not UTF-8, front matter or fences unreadable, a <c>private:</c> value that is neither true nor
/// false, a private marker it cannot pair) is left out, reported as an error with its path and line on the console,
/// and <see cref="PipelineContext.Withhold"/>-ed so that the published site does not name it. Does nothing unless the
/// build leaves private content out. A private person is private in every note too: with <see cref="Kind"/> People the
/// module remembers the spellings of each private person (<see cref="PipelineContext.IsPrivatePerson"/>), and with Notes it
/// leaves out, silently as a private note, every note that names one of them (in its front matter or file name).
/// </summary>
public sealed class RemovePrivateContent : IModule
{
    /// <summary>What the files are, for the rules that depend on it.</summary>
    public enum FileKind
    {
        /// <summary>Meeting types, or anything without a rule of its own.</summary>
        Other,

        /// <summary>Person files: a private one makes its person private in the notes.</summary>
        People,

        /// <summary>Notes: one that names a private person is left out.</summary>
        Notes,
    }

    /// <summary>What the files are (default <see cref="FileKind.Other"/>).</summary>
    public FileKind Kind { get; init; }

    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!context.Options.LeavesOutPrivate)
        {
            return Task.FromResult(inputs);
        }

        var outputs = new List<Document>(inputs.Count);
        foreach (var doc in inputs)
        {
            var source = doc.Source ?? "?";
            if (doc.Metadata.ContainsKey(Keys.ReadError))
            {
                // ReadFiles reported it; its private flag is unknown
                context.Withhold(source);
                continue;
            }

            var parsed = FrontMatterParser.Parse(doc.Content);
            if (parsed.Error is not null)
            {
                LeaveOut(context, source, parsed.ErrorLine, $"{parsed.Error}; left out of the published site, since it may be private");
                continue;
            }

            var (privacy, line, _) = PrivateFlag.Read(parsed.FrontMatter);
            if (privacy == Privacy.Private)
            {
                if (Kind == FileKind.People)
                {
                    context.RememberPrivatePerson(PersonKeys(source, parsed.FrontMatter));
                }

                continue;
            }

            if (Kind == FileKind.Notes && context.HasPrivatePeople && NamesPrivatePerson(source, parsed, context))
            {
                continue;
            }

            if (privacy == Privacy.Unclear)
            {
                LeaveOut(context, source, line, PrivateFlag.UnclearMessage);
                continue;
            }

            var blocks = PrivateBlocks.Remove(doc.Content);
            if (blocks.Problem is not null)
            {
                LeaveOut(context, source, blocks.ProblemLine, blocks.Problem + "; the file was left out of the published site");
                continue;
            }

            if (blocks.UnclosedLine > 0)
            {
                context.Report(Diagnostic.Warning(source, blocks.UnclosedLine, "this <!-- private --> block is never closed with <!-- /private -->; everything after it was left out of the published site"));
            }

            outputs.Add(ReferenceEquals(blocks.Text, doc.Content) ? doc : doc.WithContent(blocks.Text));
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The spellings a note may use for the person of a person file: its id (the file stem), name and aliases.</summary>
    private static IEnumerable<string> PersonKeys(string source, YamlMap? frontMatter)
    {
        var stem = Path.GetFileNameWithoutExtension(source);
        yield return ActionKey.From(stem);
        var name = frontMatter?.Text("name") ?? stem;
        yield return ActionKey.From(name);

        // the first name too: a file name like 'sarah-1on1.md' names Sarah by it (NotePeople), and failing closed is
        // right when another person shares it
        if (name.Split([' ', '-', '_'], 2, StringSplitOptions.RemoveEmptyEntries) is [var first, _])
        {
            yield return ActionKey.From(first);
        }

        if (frontMatter is not null)
        {
            foreach (var (alias, _, _) in frontMatter.Strings(splitCommas: true, "aliases", "alias"))
            {
                yield return ActionKey.From(alias);
            }
        }
    }

    /// <summary>
    /// Whether a note names a private person in any way a note may name someone (<see cref="NotePeople.Candidates"/>: its
    /// fields, tags, <c>Attendees:</c> lines, folders, file name, settings <c>default-with</c>), not only the first that
    /// a build would use: the private person has no person file in a publish, so the build could not tell.
    /// </summary>
    private static bool NamesPrivatePerson(string source, FrontMatterResult parsed, PipelineContext context) =>
        NotePeople.Candidates(source, parsed.FrontMatter, NoteHead.Read(parsed.Body, parsed.BodyLine), context.Settings.DefaultWith)
            .Any(n => context.IsPrivatePerson(ActionKey.From(n)));

    private static void LeaveOut(PipelineContext context, string source, int line, string message)
    {
        context.Withhold(source);
        context.Report(Diagnostic.Error(source, Math.Max(1, line), message));
    }
}
