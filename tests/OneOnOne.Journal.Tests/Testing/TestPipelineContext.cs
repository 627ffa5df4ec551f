using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Tests.Support;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>
/// Makes the <see cref="PipelineContext"/> a module runs with, over an <see cref="IFileSystem"/> (in the spirit of
/// Statiq.Testing's <c>TestExecutionContext</c>): the journal's settings read from that file system as a build reads
/// them, today <see cref="TempJournal.DefaultToday"/>, and the repository's theme (loaded once per test run: it is
/// read-only, and the same for every test that does not change it).
/// </summary>
public static class TestPipelineContext
{
    private static readonly Lazy<Theme> RepositoryTheme = new(() => Theme.Load(RepoPaths.Theme));

    /// <summary>A context over <paramref name="fileSystem"/> for the journal at <paramref name="root"/> (output in <c>root/output</c>).</summary>
    /// <param name="fileSystem">Where the modules read and write.</param>
    /// <param name="root">The journal root in that file system.</param>
    /// <param name="mode">Build or publish.</param>
    /// <param name="configure">Changes to the options (base path, publish key, today).</param>
    /// <param name="session">A preview session's state (its change set and memos), to test what a module reuses; null for a plain build.</param>
    public static PipelineContext Create(IFileSystem fileSystem, string root, BuildMode mode = BuildMode.Build, Func<BuildOptions, BuildOptions>? configure = null, SessionState? session = null)
    {
        var options = new BuildOptions
        {
            RootPath = root,
            OutputPath = Path.Combine(root, "output"),
            ThemePath = RepoPaths.Theme,
            Mode = mode,
            Today = TempJournal.DefaultToday,
        };
        options = configure?.Invoke(options) ?? options;
        var (settings, diagnostics) = SiteBuilder.LoadSettings(root, fileSystem);
        var context = new PipelineContext(options, settings, RepositoryTheme.Value, session) { FileSystem = fileSystem };
        foreach (var d in diagnostics)
        {
            context.Report(d);
        }

        return context;
    }

    /// <summary>A context over an empty in-memory journal, for modules that read no files.</summary>
    public static PipelineContext Empty() => new TestJournalFiles().Context();
}
