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
public sealed class ParseFrontMatter : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = inputs[i];
            if (doc.Metadata.ContainsKey(Keys.ReadError))
            {
                outputs[i] = doc.With(Keys.Markdown, "").With(Keys.BodyLine, 1);
                return;
            }

            var source = doc.Source ?? "?";
            if (context.Cache?.TryGet(nameof(ParseFrontMatter), source, doc, null, context) is { } cached)
            {
                outputs[i] = cached;
                return;
            }

            var result = FrontMatterParser.Parse(doc.Content);
            Diagnostic[] problems = result.Error is null ? [] : [Diagnostic.Error(source, Math.Max(1, result.ErrorLine), result.Error)];
            foreach (var d in problems)
            {
                context.Report(d);
            }

            // the raw text is not read again (the body is under Markdown): not keeping it halves what the stage holds per file
            outputs[i] = doc.WithContent("")
                .With(Keys.FrontMatter, result.FrontMatter)
                .With(Keys.Markdown, result.Body)
                .With(Keys.BodyLine, result.BodyLine);
            context.Cache?.Set(nameof(ParseFrontMatter), source, doc, null, outputs[i], problems);
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
