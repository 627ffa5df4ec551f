using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Splits each document into YAML front matter (<see cref="Keys.FrontMatter"/>) and Markdown body
/// (<see cref="Keys.Markdown"/>, starting at <see cref="Keys.BodyLine"/>). Bad YAML is reported with
/// its line and the body is kept. The content becomes empty: the raw text is not needed once split
/// (<see cref="RenderMarkdown"/> sets the HTML as content).
/// </summary>
public sealed class ParseFrontMatter : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = ModuleResults.Of(context);
        return (doc, _) =>
        {
            if (doc.Metadata.ContainsKey(Keys.ReadError))
            {
                return doc.With(Keys.Markdown, "").With(Keys.BodyLine, 1);
            }

            var source = doc.Source ?? "?";
            if (results?.TryGet(nameof(ParseFrontMatter), source, doc, null, context) is { } cached)
            {
                return cached;
            }

            var result = FrontMatterParser.Parse(doc.Content);
            var problems = new List<Diagnostic>();
            if (result.Error is not null)
            {
                problems.Add(Diagnostic.Error(source, Math.Max(1, result.ErrorLine), result.Error));
            }

            if (!context.Options.LeavesOutPrivate)
            {
                // what publish would leave out or refuse, told early: build, preview and check show the file, publish does not
                AddPrivacyProblems(source, doc.Content, result.FrontMatter, problems);
            }

            foreach (var d in problems)
            {
                context.Report(d);
            }

            // the raw text is not read again (the body is under Markdown): not keeping it halves what the stage holds per file
            var output = doc.WithContent("")
                .With(Keys.FrontMatter, result.FrontMatter)
                .With(Keys.Markdown, result.Body)
                .With(Keys.BodyLine, result.BodyLine)
                .With(Keys.FrontMatterFailed, result.Error is not null);
            results?.Set(nameof(ParseFrontMatter), source, doc, null, output, problems);
            return output;
        };
    }

    /// <summary>
    /// The problems <see cref="RemovePrivateContent"/> meets in a publish (a <c>private:</c> value neither true nor false,
    /// private markers it cannot pair, a block never closed), for a build: publish runs that module before this one,
    /// so it never reaches here with them.
    /// </summary>
    private static void AddPrivacyProblems(string source, string content, YamlMap? frontMatter, List<Diagnostic> problems)
    {
        var (privacy, line, column) = PrivateFlag.Read(frontMatter);
        if (privacy == Privacy.Unclear)
        {
            problems.Add(Diagnostic.Error(source, line, PrivateFlag.UnclearMessage, column));
        }

        var blocks = Publishing.PrivateBlocks.Remove(content);
        if (blocks.Problem is not null)
        {
            problems.Add(Diagnostic.Error(source, blocks.ProblemLine, blocks.Problem + "; publish leaves this file out until it is fixed"));
        }
        else if (blocks.UnclosedLine > 0)
        {
            problems.Add(Diagnostic.Warning(source, blocks.UnclosedLine, "this <!-- private --> block is never closed with <!-- /private -->; publish leaves out everything after it"));
        }
    }
}
