using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>What one module made of a few documents: its outputs, and the problems it reported (sorted by path, line, column).</summary>
public sealed record ModuleRun(IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs <paramref name="module"/> once on <paramref name="inputs"/> with <paramref name="context"/> (by default an empty in-memory journal).</summary>
    public static async Task<ModuleRun> RunAsync(IModule module, IEnumerable<Document> inputs, PipelineContext? context = null)
    {
        context ??= TestPipelineContext.Empty();
        var before = context.Diagnostics.ToHashSet();
        var outputs = await module.ExecuteAsync([.. inputs], context);
        return new ModuleRun(outputs, [.. context.Diagnostics.Where(d => !before.Contains(d)).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)]);
    }

    /// <summary>Runs <paramref name="module"/> on no documents (a reading module: <c>ReadFiles</c>, <c>CopyAssets</c>).</summary>
    public static Task<ModuleRun> RunAsync(IModule module, PipelineContext context) => RunAsync(module, [], context);
}
