using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.Building;

/// <summary>
/// The state that successive builds of one journal share in a long-lived process (<c>preview</c>):
/// the <see cref="SessionState"/> (change set and the modules' and page families' memos), the compiled theme (reloaded only when a file
/// under the theme folder changed), and what the previous build read and wrote, so that a rebuild after
/// one saved note re-reads that note, recomputes the journal model and renders only the pages the
/// change can affect. Not thread-safe: run one build at a time per session.
/// </summary>
public sealed class BuildSession
{
    /// <summary>Creates a session whose pages render as the site's <see cref="Site.RenderScope"/> says.</summary>
    public BuildSession() => State.Changes.Scope = State.Get<Site.RenderScope>();

    /// <summary>The memos the session's builds share, each owned by a module or page family (<see cref="SessionState.Get{T}"/>).</summary>
    public SessionState State { get; } = new();

    /// <summary>What changed since the previous build; a file watcher reports to it (<see cref="ChangeSet.Changed"/>).</summary>
    public ChangeSet Changes => State.Changes;

    /// <summary>Number of builds run in this session.</summary>
    public int Builds { get; internal set; }

    /// <summary>
    /// When set, an incremental rebuild runs in two stages: the model and the pages of the changed notes
    /// and their people first, then this is called with the output paths written so far (relative,
    /// forward slashes), then the journal-wide pages, the search index and the removal of stale files.
    /// Not called in a build that renders everything. Called on the build's thread; must not throw.
    /// </summary>
    public Action<IReadOnlyList<string>>? FirstPagesWritten { get; set; }

    internal Theme? Theme { get; set; }

    internal string? ThemeStamp { get; set; }

    internal string? SettingsStamp { get; set; }

    internal DateOnly? Today { get; set; }

    internal HashSet<string>? OutputFiles { get; set; }

    /// <summary>The output files the previous build's first stage produced (see <see cref="FirstPagesWritten"/>).</summary>
    internal HashSet<string>? FirstStageFiles { get; set; }

    /// <summary>A stamp of every file under a folder (<see cref="FileStamp.OfTree"/>), to notice any change of the theme.</summary>
    internal static string Stamp(string folder) => FileStamp.OfTree(folder);
}
