using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Site;

/// <summary>
/// For page factories during an incremental rebuild (preview): a page that the change cannot affect
/// keeps its output from the previous build, so its model need not be computed.
/// </summary>
internal static class ReusedPage
{
    private static readonly object NoModel = new();

    /// <summary>True when the page at <paramref name="destination"/> need not be rendered in this build.</summary>
    public static bool Applies(PipelineContext context, string destination) =>
        context.Changes is { } changes && !changes.MustRender(destination);

    /// <summary>True for a placeholder made by <see cref="Create"/> (the factory decided the page is unchanged).</summary>
    public static bool Is(Page page) => ReferenceEquals(page.Model, NoModel);

    /// <summary>A placeholder page: the layout module leaves it unrendered and the writer leaves its file as it is.</summary>
    public static Page Create(string destination, string layout, string section) => new(destination, layout, "", section, NoModel);
}
