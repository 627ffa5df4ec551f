namespace OneOnOne.Journal.Configuration;

/// <summary>Where a build reads and writes, and how.</summary>
public sealed record BuildOptions
{
    /// <summary>The journal root: the absolute path of the folder that holds <c>input/</c>.</summary>
    public required string RootPath { get; init; }

    /// <summary>The absolute path of the output folder (default <c>&lt;root&gt;/output</c>).</summary>
    public required string OutputPath { get; init; }

    /// <summary>The absolute path of the theme folder in use.</summary>
    public required string ThemePath { get; init; }

    /// <summary>Build, preview or publish.</summary>
    public BuildMode Mode { get; init; } = BuildMode.Build;

    /// <summary>"Today" in the journal's time zone; null to read the clock (tests and benchmarks fix it).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>For <see cref="BuildMode.Publish"/>: the key to encrypt every page and search shard with; null publishes unencrypted (only with <c>--no-encrypt</c>).</summary>
    public Publishing.PublishKey? PublishKey { get; init; }

    /// <summary>For publish: the sub-path the site is served from (e.g. <c>/journal/</c>), used where a page cannot know its depth (the 404 page); null when not needed.</summary>
    public string? BasePath { get; init; }

    /// <summary>
    /// Leave private content out whatever the mode: what <c>review</c> does unless told <c>--include-private</c>, since
    /// its Markdown is meant to be pasted into another tool (docs/privacy.md).
    /// </summary>
    public bool WithoutPrivate { get; init; }

    /// <summary>True when private content must be left out: <see cref="BuildMode.Publish"/>, or <see cref="WithoutPrivate"/>.</summary>
    public bool LeavesOutPrivate => Mode == BuildMode.Publish || WithoutPrivate;

    /// <summary>The <c>input/</c> folder.</summary>
    public string InputPath => Path.Combine(RootPath, "input");

    /// <summary>
    /// Whether <paramref name="folder"/> is a journal root: it holds an <c>input/</c> folder, or a <c>settings.yml</c> that names
    /// a <c>vault:</c> the journal reads in place (what <c>init --from</c> writes; issue #15).
    /// </summary>
    public static bool IsJournal(string folder) =>
        Directory.Exists(Path.Combine(folder, "input")) || JournalSettings.NamesVault(folder);

    /// <summary>
    /// Finds the journal root: <paramref name="explicitRoot"/> when given, else the nearest folder
    /// from <paramref name="workingDirectory"/> upwards that is a journal (<see cref="IsJournal"/>).
    /// </summary>
    /// <returns>The absolute root, or null when none is found.</returns>
    public static string? FindRoot(string? explicitRoot, string workingDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            return Path.GetFullPath(explicitRoot, workingDirectory);
        }

        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (IsJournal(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The theme folder: <c>&lt;root&gt;/theme</c> when the journal has one, else the default theme
    /// shipped beside the program (<c>&lt;app&gt;/theme</c>).
    /// </summary>
    public static string FindTheme(string root)
    {
        var own = Path.Combine(root, "theme");
        return Directory.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "theme");
    }

    /// <summary>Options with the defaults for a root: output in <c>&lt;root&gt;/output</c>, the root's theme or the shipped one.</summary>
    public static BuildOptions ForRoot(string root, string? output = null, BuildMode mode = BuildMode.Build, DateOnly? today = null)
    {
        root = Path.GetFullPath(root);
        return new BuildOptions
        {
            RootPath = root,
            OutputPath = Path.GetFullPath(output ?? Path.Combine(root, "output"), root),
            ThemePath = FindTheme(root),
            Mode = mode,
            Today = today,
        };
    }
}
