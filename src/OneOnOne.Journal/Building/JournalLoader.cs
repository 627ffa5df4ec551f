using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Building;

/// <summary>What <see cref="JournalLoader.LoadAsync"/> read.</summary>
/// <param name="Journal">The journal model, or null when loading was refused.</param>
/// <param name="Settings">The journal's settings (defaults when there is no <c>settings.yml</c>).</param>
/// <param name="Diagnostics">Every problem found in the journal, ordered by path and line.</param>
/// <param name="Refused">Why the journal could not be loaded (a broken theme), or null.</param>
public sealed record JournalLoad(JournalModel? Journal, JournalSettings Settings, IReadOnlyList<Diagnostic> Diagnostics, string? Refused = null);

/// <summary>
/// Reads a journal into its <see cref="JournalModel"/> by running only the model pipelines
/// (<see cref="SitePipelines.CreateModel"/>: People, MeetingTypes, Notes, Journal): nothing is rendered
/// and nothing is written, not even the output folder. Used by commands that need the model but no
/// site, such as <c>new</c>. Never throws for bad user input.
/// </summary>
public static class JournalLoader
{
    /// <summary>Loads the journal at <see cref="BuildOptions.RootPath"/> with the theme at <see cref="BuildOptions.ThemePath"/> (for its meeting types).</summary>
    /// <param name="options">Paths and "today"; the output path is ignored.</param>
    /// <param name="settings">Settings to read the journal with instead of its <c>settings.yml</c> (<c>init --from</c> tries a mapping before writing it); null to read the file.</param>
    public static async Task<JournalLoad> LoadAsync(BuildOptions options, JournalSettings? settings = null)
    {
        IReadOnlyList<Diagnostic> settingsDiagnostics = [];
        if (settings is null)
        {
            (settings, settingsDiagnostics) = SiteBuilder.LoadSettings(options.RootPath);
        }

        Theme theme;
        try
        {
            theme = Theme.Load(options.ThemePath);
        }
        catch (ThemeException e)
        {
            return new JournalLoad(null, settings, settingsDiagnostics, $"the theme could not be loaded: {e.Message}");
        }

        var context = new PipelineContext(options, settings, theme);
        foreach (var d in settingsDiagnostics)
        {
            context.Report(d);
        }

        await new PipelineEngine(SitePipelines.CreateModel(context)).RunAsync(context).ConfigureAwait(false);
        var diagnostics = context.Diagnostics.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new JournalLoad(BuildJournal.From(context), settings, diagnostics);
    }
}
