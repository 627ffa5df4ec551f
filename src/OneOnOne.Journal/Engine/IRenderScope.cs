namespace OneOnOne.Journal.Engine;

/// <summary>
/// The site's rule for which pages a change can affect (e.g. a person's pages depend on that person's notes):
/// the engine asks it through <see cref="ChangeSet.MustRender"/> and knows no page or URL itself.
/// </summary>
public interface IRenderScope
{
    /// <summary>
    /// Whether the page at <paramref name="destination"/> must be rendered in a build that does not render
    /// everything (<see cref="ChangeSet.Everything"/> is false), given the keys <paramref name="changes"/> affects.
    /// </summary>
    /// <param name="destination">The page's output path (relative, forward slashes).</param>
    /// <param name="changes">This build's changes.</param>
    bool MustRender(string destination, ChangeSet changes);
}
