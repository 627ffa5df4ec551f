using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Building;

/// <summary>What <see cref="JournalLoader.LoadAsync"/> read.</summary>
/// <param name="Journal">The journal model.</param>
/// <param name="Settings">The journal's settings (defaults when there is no <c>settings.yml</c>).</param>
/// <param name="Diagnostics">Every problem found in the journal, ordered by path and line.</param>
public sealed record JournalLoad(JournalModel Journal, JournalSettings Settings, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a journal into its <see cref="JournalModel"/> by running only the model pipelines
/// (<see cref="SitePipelines.CreateModel"/>: People, MeetingTypes, Notes, Journal): nothing is rendered
/// and nothing is written, not even the output folder. Used by commands that need the model but no
/// site, such as <c>new</c> and <c>review</c>. The theme's templates are not loaded: only its meeting types are read
/// (from <see cref="Theme.MeetingTypesFolder"/>). Never throws for bad user input.
/// </summary>
public static class JournalLoader
{
    /// <summary>The context's theme: asking for it is a programming error, since no model pipeline renders.</summary>
    private static readonly Task<Theme> NoTheme = Task.FromException<Theme>(
        new InvalidOperationException("the journal's model pipelines render nothing: JournalLoader loads no theme"));

    /// <summary>Loads the journal at <see cref="BuildOptions.RootPath"/> with the meeting types of the theme at <see cref="BuildOptions.ThemePath"/>.</summary>
    /// <param name="options">Paths and "today"; the output path is ignored.</param>
    /// <param name="settings">Settings to read the journal with instead of its <c>settings.yml</c> (<c>init --from</c> tries a mapping before writing it); null to read the file.</param>
    public static async Task<JournalLoad> LoadAsync(BuildOptions options, JournalSettings? settings = null)
    {
        IReadOnlyList<Diagnostic> settingsDiagnostics = [];
        if (settings is null)
        {
            (settings, settingsDiagnostics) = SiteBuilder.LoadSettings(options.RootPath);
        }

        // the model pipelines read the theme's meeting types from its folder and never render, so the layouts and
        // partials are not compiled: that was most of what `new` spent before it read a note (docs/benchmarks.md,
        // "Native build (issue #19)"), and a layout that does not compile cannot stop anyone writing a note
        var context = new PipelineContext(options, settings, NoTheme);
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
