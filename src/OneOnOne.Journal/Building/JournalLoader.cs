using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Building;

/// <summary>
/// Reads the journal into a <see cref="JournalModel"/> without rendering or writing anything: runs the
/// site's pipelines up to Journal only (People, MeetingTypes, Notes, Journal). For commands that need
/// the model but must not touch the output folder, such as <c>review</c>.
/// </summary>
internal static class JournalLoader
{
    private static readonly HashSet<string> UpToJournal =
        [CreatePeople.Pipeline, CreateMeetingTypes.Pipeline, CreateNotes.Pipeline, BuildJournal.Pipeline];

    /// <summary>The journal (null when the theme cannot be loaded, with the reason in <c>Refused</c>), the settings and every problem found, sorted by path and line.</summary>
    public static async Task<(JournalModel? Journal, JournalSettings Settings, IReadOnlyList<Diagnostic> Diagnostics, string? Refused)> LoadAsync(BuildOptions options)
    {
        var (settings, settingsDiagnostics) = SiteBuilder.LoadSettings(options.RootPath);
        Theme theme;
        try
        {
            theme = Theme.Load(options.ThemePath);
        }
        catch (ThemeException e)
        {
            return (null, settings, settingsDiagnostics, $"the theme could not be loaded: {e.Message}");
        }

        var context = new PipelineContext(options, settings, theme);
        foreach (var d in settingsDiagnostics)
        {
            context.Report(d);
        }

        var pipelines = SitePipelines.Create(context).Where(p => UpToJournal.Contains(p.Name)).ToList();
        await new PipelineEngine(pipelines).RunAsync(context).ConfigureAwait(false);
        var diagnostics = context.Diagnostics.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return (BuildJournal.From(context), settings, diagnostics, null);
    }
}
