using System.Collections.Concurrent;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// The per-file results of the read and parse modules (<see cref="ReadFiles"/>, <see cref="ParseFrontMatter"/>,
/// <see cref="ResolveWikiLinks"/>, <see cref="RenderMarkdown"/>, <see cref="AssignSlugs"/>, <see cref="CreateNotes"/>)
/// kept from one build of a preview session to the next (a <see cref="SessionState"/> memo, <see cref="Of"/>), with
/// the diagnostics reported while making each, replayed on every build that reuses it. Thread-safe.
/// </summary>
/// <remarks>
/// Reuse is by reference: <see cref="ReadFiles"/> returns the very same <see cref="Document"/> for a file whose path,
/// length and last-write time did not change, and each later module keeps its output for that input document, so an
/// unchanged note flows through the notes pipeline as cached objects.
/// </remarks>
public sealed class ModuleResults : IBuildMemo
{
    private readonly ConcurrentDictionary<(string Module, string Source), Entry> _entries = new();
    private int _hits;

    /// <summary>A cached result: the input it was made from, the output, and the diagnostics reported while making it.</summary>
    /// <param name="Input">The input document (compared by reference), or null for <c>ReadFiles</c>.</param>
    /// <param name="Stamp">A text stamp of the input (e.g. length and last-write time), or null.</param>
    /// <param name="Output">The output document.</param>
    /// <param name="Diagnostics">Problems reported for this input.</param>
    public sealed record Entry(Document? Input, string? Stamp, Document Output, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The session's results, or null in a plain build (nothing is kept).</summary>
    public static ModuleResults? Of(PipelineContext context) => context.Session?.Get<ModuleResults>();

    /// <summary>Number of results reused in the current build (for diagnostics and benchmarks).</summary>
    public int Hits => _hits;

    /// <inheritdoc />
    public void BeginBuild(ChangeSet changes) => _hits = 0;

    /// <summary>Gets the result of <paramref name="module"/> for <paramref name="source"/> when it was made from <paramref name="input"/> (same reference) or with the same <paramref name="stamp"/>; replays its diagnostics into <paramref name="context"/>.</summary>
    /// <returns>The cached output, or null on a miss.</returns>
    public Document? TryGet(string module, string source, Document? input, string? stamp, PipelineContext context)
    {
        if (!_entries.TryGetValue((module, source), out var entry)
            || !ReferenceEquals(entry.Input, input)
            || !string.Equals(entry.Stamp, stamp, StringComparison.Ordinal))
        {
            return null;
        }

        return Replay(entry, context);
    }

    /// <summary>The result of <paramref name="module"/> for <paramref name="source"/>, whatever its stamp (for files the watcher did not report).</summary>
    public Document? TryGetUnchecked(string module, string source, PipelineContext context) =>
        _entries.TryGetValue((module, source), out var entry) ? Replay(entry, context) : null;

    /// <summary>Stores the result of <paramref name="module"/> for <paramref name="source"/>.</summary>
    public void Set(string module, string source, Document? input, string? stamp, Document output, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[(module, source)] = new Entry(input, stamp, output, diagnostics);

    /// <summary>The notes the previous <see cref="CreateNotes"/> result for a source holds (one, or a running document's sections); none when there is none.</summary>
    public IEnumerable<Note> CachedNotes(string source) =>
        _entries.TryGetValue((nameof(CreateNotes), source), out var e) ? CreateNotes.NotesOf(e.Output) : [];

    /// <summary>Forgets every result for a source (a removed file).</summary>
    public void Forget(string source)
    {
        foreach (var key in _entries.Keys.Where(k => k.Source == source))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private Document Replay(Entry entry, PipelineContext context)
    {
        foreach (var d in entry.Diagnostics)
        {
            context.Report(d);
        }

        Interlocked.Increment(ref _hits);
        return entry.Output;
    }
}
