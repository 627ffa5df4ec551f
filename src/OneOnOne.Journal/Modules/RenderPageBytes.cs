using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Renders each page as <see cref="RenderLayout"/> does (same layouts, frames and preview reuse), then resolves its
/// site-root links as <see cref="ResolveLinks"/> does and hands it on as its final UTF-8 bytes (<see cref="Keys.Bytes"/>,
/// <see cref="Document.Content"/> left empty) for <see cref="WriteFiles"/>. For a build that moves and seals no page
/// (build, preview, publish <c>--no-encrypt</c>), in place of <c>RenderLayout, ResolveLinks</c>: one pass from the
/// rendered text to one array per page, half the size of its HTML string, instead of a string per module and an
/// encoding (docs/benchmarks.md, "Full builds at scale"). Never used with a publish key: <see cref="ObscurePaths"/>
/// and <see cref="SealPages"/> work on the HTML string.
/// </summary>
public sealed class RenderPageBytes : ParallelModule
{
    /// <inheritdoc />
    protected override DocumentProcessor? Prepare(IReadOnlyList<Document> inputs, PipelineContext context) => RenderLayout.Renderer(context, toBytes: true);
}
