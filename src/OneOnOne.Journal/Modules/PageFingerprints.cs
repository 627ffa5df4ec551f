using System.Collections.Concurrent;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// The fingerprint of every page <see cref="RenderLayout"/> (or <see cref="RenderPageBytes"/>) rendered in the previous
/// build of a preview session (a <see cref="SessionState"/> memo, <see cref="Of"/>): a page whose layout, title and
/// model hash the same as then is not rendered again, its output file being still right. Thread-safe.
/// </summary>
public sealed class PageFingerprints
{
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    /// <summary>The session's fingerprints, or null in a plain build (every page is rendered).</summary>
    public static PageFingerprints? Of(PipelineContext context) => context.Session?.Get<PageFingerprints>();

    /// <summary>
    /// Records the fingerprint of the page at <paramref name="destination"/> and tells whether the previous build
    /// rendered it from the same fingerprint. Always false when <paramref name="everything"/> (a build that renders
    /// every page, <see cref="ChangeSet.Everything"/>), which still records it.
    /// </summary>
    /// <param name="destination">The page's output path.</param>
    /// <param name="fingerprint">The hash of what the page is rendered from (<see cref="RenderLayout.Fingerprint"/>).</param>
    /// <param name="everything">True when this build renders every page.</param>
    public bool Unchanged(string destination, string fingerprint, bool everything)
    {
        var same = _fingerprints.TryGetValue(destination, out var previous) && previous == fingerprint;
        _fingerprints[destination] = fingerprint;
        return same && !everything;
    }
}
