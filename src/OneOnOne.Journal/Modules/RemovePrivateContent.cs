using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Publishing;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// For publishing (DESIGN.md, "Privacy"): drops files whose front matter says <c>private: true</c>,
/// and removes <c>&lt;!-- private --&gt;</c> blocks from every other file, right after reading and
/// before anything is parsed or reported, so that private content cannot reach any page, count, goal
/// history, action list, search index or message. When in doubt it leaves out: a file whose front
/// matter cannot be read (so its <c>private</c> flag is unknown) is not published, with a warning
/// that names only the file. Does nothing unless the build leaves private content out.
/// </summary>
public sealed class RemovePrivateContent : IModule
{
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
            if (doc.Metadata.ContainsKey(Keys.ReadError))
            {
                continue;
            }

            var parsed = FrontMatterParser.Parse(doc.Content);
            if (parsed.Error is not null)
            {
                context.Report(Diagnostic.Warning(doc.Source ?? "?", 1, "left out of the published site: its front matter cannot be read, so it may be private"));
                continue;
            }

            if (parsed.FrontMatter?.Text("private") is { } flag && flag.ToLowerInvariant() is "true" or "yes" or "on")
            {
                continue;
            }

            var (text, unclosed) = PrivateBlocks.Remove(doc.Content);
            if (unclosed)
            {
                context.Report(Diagnostic.Warning(doc.Source ?? "?", 1, "a <!-- private --> block is never closed with <!-- /private -->; everything after it was left out of the published site"));
            }

            outputs.Add(ReferenceEquals(text, doc.Content) ? doc : doc.WithContent(text));
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
