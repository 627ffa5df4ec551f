using System.Diagnostics;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Building;

/// <summary>
/// Runs one whole build: reads <c>settings.yml</c>, loads the theme, prepares the output folder, runs
/// the pipelines and removes output files the build no longer produces. Never throws for bad user
/// input: problems are in <see cref="BuildResult.Diagnostics"/>, a refused build in
/// <see cref="BuildResult.Refused"/>.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// The files a build reads and writes (<see cref="PipelineContext.FileSystem"/>): always the disk, since the theme
    /// (<see cref="Theme.Load"/>) and the output folder's safety (<see cref="OutputFolder"/>: links, markers, foreign
    /// folders, publish staging) are about real folders; modules are tested in memory on their own instead.
    /// </summary>
    private static readonly IFileSystem FileSystem = PhysicalFileSystem.Instance;

    /// <summary>Builds the site.</summary>
    /// <param name="options">Paths and mode.</param>
    /// <param name="onProgress">Called with each finished pipeline's name (for a progress display).</param>
    /// <param name="session">For successive builds in one process (preview): reuse what did not change since the session's previous build; null for a full build.</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, Action<string>? onProgress = null, BuildSession? session = null)
    {
        var watch = Stopwatch.StartNew();
        var fs = FileSystem;

        // a full build compiles the theme's templates while the model pipelines read the journal (they need only the
        // theme's folders); it waits for the theme, and refuses a broken one or a foreign output folder, before writing
        var themeLoad = session is null ? Task.Run(() => Theme.Load(options.ThemePath)) : null;
        var (settings, settingsDiagnostics) = LoadSettings(options.RootPath, fs);
        var today = options.Today ?? settings.TodayFrom(DateTimeOffset.Now);
        Theme? theme = null;
        if (session is not null)
        {
            var themeStamp = BuildSession.Stamp(options.ThemePath);
            try
            {
                theme = session.Theme is { } loaded && session.ThemeStamp == themeStamp ? loaded : Theme.Load(options.ThemePath);
            }
            catch (ThemeException e)
            {
                session.Theme = null;
                return Refused($"the theme could not be loaded: {e.Message}", settingsDiagnostics, watch);
            }

            if (OutputFolder.Prepare(options.RootPath, options.OutputPath, KindOf(options)) is { } refusal)
            {
                return Refused(refusal, settingsDiagnostics, watch);
            }

            var settingsStamp = SettingsStamp(options.RootPath, fs);
            var everything = session.Builds == 0 || session.Theme != theme || session.SettingsStamp != settingsStamp || session.Today != today
                || !fs.FileExists(Path.Combine(options.OutputPath, OutputFolder.Marker)) || session.OutputFiles is null;
            if (everything)
            {
                // a rebuild of everything may write any file: no link inside the folder may redirect it (issue #14);
                // smaller rebuilds check the path of each file they write or delete instead of walking the tree
                OutputFolder.RemoveLinks(options.OutputPath);
            }

            session.State.BeginBuild(everything);
            (session.Theme, session.ThemeStamp, session.SettingsStamp, session.Today) = (theme, themeStamp, settingsStamp, today);
            session.Builds++;
        }

        var context = new PipelineContext(options with { Today = today }, settings, themeLoad ?? Task.FromResult(theme!), session?.State) { FileSystem = fs };
        foreach (var d in settingsDiagnostics)
        {
            context.Report(d);
        }

        var engine = new PipelineEngine(SitePipelines.Create(context));
        IReadOnlyList<string>? early = null;
        var startedEmpty = false;
        long? sweepMilliseconds = null;
        var removed = new List<string>();
        var (earlyWritten, earlyRemoved) = (0, 0);
        try
        {
            if (session is not null)
            {
                // the model and the pages a save most likely shows (Phase.EarlyOutput: its note, its people's timelines) first, so
                // open pages reload sooner; journal-wide pages, the search index and the removal of their stale files follow in the same build
                await engine.RunAsync(context, onProgress, Phase.EarlyOutput).ConfigureAwait(false);
                var firstFiles = context.OutputFiles.ToHashSet(StringComparer.Ordinal);
                if (!session.Changes.Everything && session.OutputFiles is not null && session.FirstStageFiles is { } previousFirst)
                {
                    // a removed note's page goes before the reload that no longer links it
                    foreach (var gone in previousFirst.Where(f => !firstFiles.Contains(f)))
                    {
                        OutputFolder.UnlinkOnPath(options.OutputPath, gone);
                        fs.DeleteFile(Path.Combine(options.OutputPath, gone));
                        removed.Add(gone);
                    }

                    early = [.. context.ChangedPaths, .. removed];
                    (earlyWritten, earlyRemoved) = (early.Count - removed.Count, removed.Count);
                    session.FirstPagesWritten?.Invoke(early);
                }

                session.FirstStageFiles = firstFiles;
            }
            else
            {
                // the model (Phase.Input) reads the journal while the theme compiles; nothing is written before both are done
                await engine.RunAsync(context, onProgress, Phase.Input).ConfigureAwait(false);
                try
                {
                    await themeLoad!.ConfigureAwait(false);
                }
                catch (ThemeException e)
                {
                    return Refused($"the theme could not be loaded: {e.Message}", settingsDiagnostics, watch);
                }

                startedEmpty = OutputFolder.IsMissingOrEmpty(options.OutputPath);
                if (OutputFolder.Prepare(options.RootPath, options.OutputPath, KindOf(options)) is { } refusal)
                {
                    return Refused(refusal, settingsDiagnostics, watch);
                }

                // never write or clean through a link left inside the folder (issue #14): it is removed, and a regular file written
                OutputFolder.RemoveLinks(options.OutputPath);
            }

            await engine.RunAsync(context, onProgress).ConfigureAwait(false);
        }
        catch (Exception e) when (ThemeErrorIn(e) is { } themeError)
        {
            if (session is not null)
            {
                session.OutputFiles = null;
            }

            return new BuildResult(null, Sorted(context.Diagnostics), 0, 0, watch.Elapsed, $"the theme failed to render: {themeError.Message}");
        }

        if (session?.OutputFiles is { } previous && !session.Changes.Everything)
        {
            // only files that the previous build wrote and this one no longer produces can be stale
            // (after every stage: a file of a later stage is never taken for a stale one)
            var produced = context.OutputFiles.ToHashSet(StringComparer.Ordinal);
            var removedEarly = removed.ToHashSet(StringComparer.Ordinal);
            foreach (var gone in previous.Where(f => !produced.Contains(f) && !removedEarly.Contains(f)))
            {
                OutputFolder.UnlinkOnPath(options.OutputPath, gone);
                fs.DeleteFile(Path.Combine(options.OutputPath, gone));
                removed.Add(gone);
            }
        }
        else if (!startedEmpty)
        {
            // a folder that was missing or empty when the build began holds only what this build wrote: nothing can be
            // stale, and the walk over every file and folder it wrote (the last 2-3 % of a build, on one core) is skipped
            var sweep = Stopwatch.StartNew();
            OutputFolder.RemoveStale(options.OutputPath, context.OutputFiles);
            sweepMilliseconds = sweep.ElapsedMilliseconds;
        }

        if (session is not null)
        {
            session.OutputFiles = [.. context.OutputFiles];
        }

        var timings = new Dictionary<string, long>(engine.Timings, StringComparer.Ordinal) { ["(total)"] = watch.ElapsedMilliseconds };
        if (sweepMilliseconds is { } swept)
        {
            timings[StaleSweep] = swept;
        }

        return new BuildResult(BuildJournal.From(context), Sorted(context.Diagnostics), context.OutputFiles.Count, context.ChangedFiles, watch.Elapsed)
        {
            Timings = timings,
            RenderedEverything = session?.Changes.Everything ?? true,
            EarlyChanges = early,
            LateChanges = [.. context.ChangedPaths.Skip(earlyWritten), .. removed.Skip(earlyRemoved)],
        };
    }

    /// <summary>
    /// The key of <see cref="BuildResult.Timings"/> for the walk over the output folder that deletes what the build no
    /// longer produces (milliseconds); absent when there was no walk: a full build into a folder that was missing or
    /// empty, or a preview rebuild, which deletes only the files its previous build wrote.
    /// </summary>
    public const string StaleSweep = "(stale files)";

    /// <summary>The theme's error behind <paramref name="e"/>: itself, or the first one a parallel stage wrapped in an <see cref="AggregateException"/> (a template that fails while pages render in parallel); null for any other exception.</summary>
    private static ThemeException? ThemeErrorIn(Exception e) => e switch
    {
        ThemeException theme => theme,
        AggregateException all => all.Flatten().InnerExceptions.OfType<ThemeException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>What the marker records for a build in this mode: a publish build is only <see cref="OutputKind.Publishing"/> until <see cref="PublishStaging"/> swaps it in complete.</summary>
    private static OutputKind KindOf(BuildOptions options) => options.Mode == BuildMode.Publish ? OutputKind.Publishing : OutputKind.Build;

    /// <summary>A build refused before anything was written: no model, the settings' problems only, and why.</summary>
    private static BuildResult Refused(string why, IReadOnlyList<Diagnostic> settingsDiagnostics, Stopwatch watch) =>
        new(null, settingsDiagnostics, 0, 0, watch.Elapsed, why);

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct().OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    private static string SettingsStamp(string root, IFileSystem fs) =>
        string.Join("|", new[] { "settings.yml", "settings.yaml" }.Select(n => FileStamp.Of(fs.Stat(Path.Combine(root, n)))));

    /// <summary>Reads <c>settings.yml</c> (or <c>settings.yaml</c>) of a root; defaults when there is none.</summary>
    internal static (JournalSettings, IReadOnlyList<Diagnostic>) LoadSettings(string root) => LoadSettings(root, PhysicalFileSystem.Instance);

    /// <summary>Reads <c>settings.yml</c> (or <c>settings.yaml</c>) of a root in <paramref name="fs"/>; defaults when there is none.</summary>
    internal static (JournalSettings, IReadOnlyList<Diagnostic>) LoadSettings(string root, IFileSystem fs)
    {
        var path = Path.Combine(root, "settings.yml");
        if (!fs.FileExists(path))
        {
            path = Path.Combine(root, "settings.yaml");
            if (!fs.FileExists(path))
            {
                return (new JournalSettings(), []);
            }
        }

        var name = Path.GetFileName(path);
        var (text, error) = TextDecoder.Decode(fs.ReadAllBytes(path));
        return error is not null
            ? (new JournalSettings(), [Diagnostic.Error(name, 1, error)])
            : JournalSettings.Parse(text!, name);
    }
}
