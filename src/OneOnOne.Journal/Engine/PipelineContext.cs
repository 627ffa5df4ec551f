using System.Collections.Concurrent;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// What every module may read during one build: the paths, the settings, the theme, the build mode,
/// the date of "today" in the journal's time zone, and the outputs of finished pipelines.
/// Diagnostics are collected here from all threads.
/// </summary>
public sealed class PipelineContext
{
    private readonly ConcurrentBag<Diagnostic> _diagnostics = [];
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);

    private readonly Task<Theme> _theme;

    /// <summary>Creates a context.</summary>
    /// <param name="options">Paths, mode, today.</param>
    /// <param name="settings">The journal's settings.</param>
    /// <param name="theme">The loaded theme.</param>
    /// <param name="session">What the previous builds of a long-lived session (preview) left to reuse; null for a plain build.</param>
    public PipelineContext(BuildOptions options, JournalSettings settings, Theme theme, SessionState? session = null)
        : this(options, settings, Task.FromResult(theme), session)
    {
    }

    /// <summary>
    /// Creates a context whose theme may still be loading: a full build compiles the theme's templates while the
    /// model pipelines, which need only its folders (<see cref="BuildOptions.ThemePath"/>), read the journal.
    /// </summary>
    /// <param name="options">Paths, mode, today.</param>
    /// <param name="settings">The journal's settings.</param>
    /// <param name="theme">The theme, loaded or loading; <see cref="Theme"/> waits for it.</param>
    /// <param name="session">What the previous builds of a long-lived session (preview) left to reuse; null for a plain build.</param>
    public PipelineContext(BuildOptions options, JournalSettings settings, Task<Theme> theme, SessionState? session = null)
    {
        Options = options;
        Settings = settings;
        _theme = theme;
        Session = session;
    }

    /// <summary>The long-lived session's memos (each module's and page family's) and change set; null in a plain build (everything is done).</summary>
    public SessionState? Session { get; }

    /// <summary>What changed since the session's previous build (<see cref="SessionState.Changes"/>); null in a plain build.</summary>
    public ChangeSet? Changes => Session?.Changes;

    /// <summary>
    /// Where every module reads, lists and writes files: the disk (<see cref="PhysicalFileSystem"/>) in a build; a test may
    /// give an in-memory one to run a module on a few files.
    /// </summary>
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>Where to read and write, the mode and the date of today.</summary>
    public BuildOptions Options { get; }

    /// <summary>The journal's <c>settings.yml</c>.</summary>
    public JournalSettings Settings { get; }

    /// <summary>
    /// The theme: layouts, partials, assets and default meeting types. Waits for it while it is still loading;
    /// throws the <see cref="ThemeException"/> it failed with (a template that does not compile, no base layout).
    /// </summary>
    public Theme Theme => _theme.GetAwaiter().GetResult();

    /// <summary>Outputs of the pipelines that have finished, by pipeline name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs => _outputs;

    /// <summary>Every diagnostic reported so far, in no particular order.</summary>
    public IReadOnlyCollection<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// How many files (source paths, as in <see cref="Diagnostic.Path"/>) a publish left out because they could not be read
    /// with certainty (not UTF-8, front matter or private markers unclear): their problems go to the console only, and
    /// the published "needs attention" page counts them without naming them, since a file name can say what is private.
    /// </summary>
    public int WithheldCount => _withheld.Count;

    /// <summary>Whether <paramref name="source"/> was <see cref="Withhold"/>-en (a lookup: no copy of the set, unlike the dictionary's <c>Keys</c>).</summary>
    public bool IsWithheld(string source) => _withheld.ContainsKey(source);

    /// <summary>Records that <paramref name="source"/> was left out of a publish and is not to be named on the site.</summary>
    public void Withhold(string source) => _withheld[source] = 0;

    private readonly ConcurrentDictionary<string, byte> _withheld = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a publish has met a private person file. It keeps each such person's spellings (as
    /// keys: id, name, aliases): a note that names one of them is private too, since what it says is about them (docs/privacy.md).
    /// </summary>
    public bool HasPrivatePeople => !_privatePeople.IsEmpty;

    /// <summary>Whether <paramref name="key"/> (a key as <see cref="RememberPrivatePerson"/> takes it) spells a private person (<see cref="HasPrivatePeople"/>).</summary>
    public bool IsPrivatePerson(string key) => _privatePeople.ContainsKey(key);

    /// <summary>Records a private person's spellings (<see cref="HasPrivatePeople"/>).</summary>
    public void RememberPrivatePerson(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _privatePeople[key] = 0;
        }
    }

    private readonly ConcurrentDictionary<string, byte> _privatePeople = new(StringComparer.Ordinal);

    /// <summary>Records a problem found in the user's input.</summary>
    public void Report(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        _recorder.Value?.Enqueue(diagnostic);
    }

    /// <summary>
    /// Until the result is disposed, also adds to <paramref name="into"/> every diagnostic reported from this
    /// asynchronous flow and the tasks and parallel loops it starts (not from other pipelines running at the
    /// same time): how <see cref="Modules.CacheDocuments"/> learns which problems belong to which document.
    /// </summary>
    internal IDisposable Record(ConcurrentQueue<Diagnostic> into)
    {
        var outer = _recorder.Value;
        _recorder.Value = into;
        return new Restore(() => _recorder.Value = outer);
    }

    private readonly AsyncLocal<ConcurrentQueue<Diagnostic>?> _recorder = new();

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>The output of a finished pipeline, or throws <see cref="InvalidOperationException"/> if it has not run (a missing dependency).</summary>
    public IReadOnlyList<Document> OutputOf(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs)
            ? docs
            : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run; declare it in DependsOn.");

    /// <summary>Output paths (relative, forward slashes) produced by this build, whether or not their bytes changed.</summary>
    public IReadOnlyCollection<string> OutputFiles => (IReadOnlyCollection<string>)_outputFiles.Keys;

    /// <summary>Number of files whose bytes changed and were written.</summary>
    public int ChangedFiles => _changed;

    /// <summary>Records that the build produced an output file; <paramref name="changed"/> when it was (re)written.</summary>
    public void RecordOutputFile(string relativePath, bool changed)
    {
        _outputFiles[relativePath] = 0;
        if (changed)
        {
            Interlocked.Increment(ref _changed);
            _changedPaths.Enqueue(relativePath);
        }
    }

    /// <summary>Output paths (relative, forward slashes) written so far in this build, in the order they were written.</summary>
    public IReadOnlyCollection<string> ChangedPaths => _changedPaths;

    private readonly ConcurrentQueue<string> _changedPaths = new();

    private readonly ConcurrentDictionary<string, byte> _outputFiles = new(StringComparer.Ordinal);
    private int _changed;

    internal void SetOutput(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;
}
