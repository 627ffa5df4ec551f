namespace OneOnOne.Journal.Text;

/// <summary>
/// What a site-root link (<see cref="RootLink"/>) points to after <see cref="LinkRewriter"/> rewrites it: relative to
/// the page (<c>ResolveLinks</c>), or to an opaque folder (<c>ObscurePaths</c>). Implemented by structs, so that the
/// rewriter is compiled once per target.
/// </summary>
internal interface ILinkTarget
{
    /// <summary>
    /// Writes the start of the link's new value: what replaces <c>~/</c> and the path. The rewriter writes the rest
    /// (the <c>#</c> or <c>?</c> suffix and the closing quote) itself.
    /// </summary>
    /// <param name="path">The path after <c>~/</c>, up to the first <c>#</c> or <c>?</c> (empty for the site root).</param>
    /// <param name="sink">Where the text goes.</param>
    void Write<TSink>(ReadOnlySpan<char> path, ref TSink sink)
        where TSink : struct, ITextSink;
}
