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
    /// <summary>Builds the site.</summary>
    /// <param name="options">Paths and mode.</param>
    /// <param name="onProgress">Called with each finished pipeline's name (for a progress display).</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, Action<string>? onProgress = null)
    {
        var watch = Stopwatch.StartNew();
        var (settings, settingsDiagnostics) = LoadSettings(options.RootPath);
        Theme theme;
        try
        {
            theme = Theme.Load(options.ThemePath);
        }
        catch (ThemeException e)
        {
            return new BuildResult(null, settingsDiagnostics, 0, 0, watch.Elapsed, $"the theme could not be loaded: {e.Message}");
        }

        var refusal = OutputFolder.Prepare(options.RootPath, options.OutputPath);
        if (refusal is not null)
        {
            return new BuildResult(null, settingsDiagnostics, 0, 0, watch.Elapsed, refusal);
        }

        var context = new PipelineContext(options, settings, theme);
        foreach (var d in settingsDiagnostics)
        {
            context.Report(d);
        }

        var engine = new PipelineEngine(SitePipelines.Create(context));
        try
        {
            await engine.RunAsync(context, onProgress).ConfigureAwait(false);
        }
        catch (ThemeException e)
        {
            return new BuildResult(null, Sorted(context.Diagnostics), 0, 0, watch.Elapsed, $"the theme failed to render: {e.Message}");
        }

        OutputFolder.RemoveStale(options.OutputPath, context.OutputFiles);
        return new BuildResult(BuildJournal.From(context), Sorted(context.Diagnostics), context.OutputFiles.Count, context.ChangedFiles, watch.Elapsed);
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct().OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>Reads <c>settings.yml</c> (or <c>settings.yaml</c>) of a root; defaults when there is none.</summary>
    internal static (JournalSettings, IReadOnlyList<Diagnostic>) LoadSettings(string root)
    {
        var path = Path.Combine(root, "settings.yml");
        if (!File.Exists(path))
        {
            path = Path.Combine(root, "settings.yaml");
            if (!File.Exists(path))
            {
                return (new JournalSettings(), []);
            }
        }

        var name = Path.GetFileName(path);
        var (text, error) = TextDecoder.Decode(File.ReadAllBytes(path));
        return error is not null
            ? (new JournalSettings(), [Diagnostic.Error(name, 1, error)])
            : JournalSettings.Parse(text!, name);
    }
}
