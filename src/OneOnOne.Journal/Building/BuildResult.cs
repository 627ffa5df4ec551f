using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Building;

/// <summary>What a build did.</summary>
/// <param name="Journal">The journal model (null when the build was refused before reading).</param>
/// <param name="Diagnostics">Every problem found, ordered by path, line and column.</param>
/// <param name="Pages">Number of output files produced (written or already up to date).</param>
/// <param name="Changed">Number of output files whose bytes changed and were written.</param>
/// <param name="Elapsed">Wall time of the build.</param>
/// <param name="Refused">A reason the build did not run (unusable output folder, broken theme), or null.</param>
public sealed record BuildResult(JournalModel? Journal, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Changed, TimeSpan Elapsed, string? Refused = null)
{
    /// <summary>Milliseconds each pipeline took, by name (empty for a refused build).</summary>
    public IReadOnlyDictionary<string, long> Timings { get; init; } = new Dictionary<string, long>();

    /// <summary>Whether the build rendered every page (false: an incremental rebuild in a session rendered only the pages the change affects).</summary>
    public bool RenderedEverything { get; init; } = true;

    /// <summary>
    /// Output paths (relative, forward slashes) written by a preview rebuild's first stage and handed to
    /// <see cref="BuildSession.FirstPagesWritten"/> before the rest of the build ran; null when there was no such stage.
    /// </summary>
    public IReadOnlyList<string>? EarlyChanges { get; init; }

    /// <summary>Output paths written after <see cref="EarlyChanges"/> (all of them without a first stage), then the files removed as stale.</summary>
    public IReadOnlyList<string> LateChanges { get; init; } = [];

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The process exit code: 0 when clean (warnings allowed), 1 on any error or a refused build.</summary>
    public int ExitCode => Refused is not null || Errors > 0 ? 1 : 0;
}
