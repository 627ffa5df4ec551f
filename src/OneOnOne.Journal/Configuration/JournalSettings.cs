using System.Globalization;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Configuration;

/// <summary>
/// The journal's <c>settings.yml</c> (optional; DESIGN.md, "Journal layout"). Every key has a default.
/// Keys: <c>title</c>, <c>owner</c>, <c>base-path</c>, <c>default-cadence</c>, <c>week-start</c>,
/// <c>time-zone</c> (IANA id), <c>review-year-start</c> (month 1..12), <c>stale-goal-days</c>,
/// <c>role</c> (<c>manager | report | both</c>: the owner's usual side of the table, which a meeting type's prep sheet shows first),
/// <c>default-with</c> (who a note that names nobody was with),
/// <c>deploy</c> (where <c>deploy</c> sends a publish), <c>folders</c> (a map <c>{ notes: Meetings, people: People }</c>: where notes and people live, relative to <c>input/</c>,
/// or to the vault when <c>vault:</c> is set), <c>vault</c> (a folder of notes kept elsewhere, read where it is: issue #15,
/// docs/journal-format.md "Adopting a vault").
/// </summary>
public sealed record JournalSettings
{
    /// <summary>Site title. Default "1:1 journal".</summary>
    public string Title { get; init; } = "1:1 journal";

    /// <summary>The owner's name, shown for <c>@me</c>. Default "Me".</summary>
    public string Owner { get; init; } = "Me";

    /// <summary>Sub-path on the host, e.g. <c>/journal/</c>; links are relative so it is rarely needed. Default none.</summary>
    public string? BasePath { get; init; }

    /// <summary>Cadence for people whose file gives none. Default biweekly.</summary>
    public Cadence DefaultCadence { get; init; } = Cadence.Biweekly;

    /// <summary>First day of the week for calendars. Default Monday.</summary>
    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>The journal's time zone: "today" is computed in it. Default the machine's.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;

    /// <summary>The month (1..12) the review year starts in. Default 1 (January).</summary>
    public int ReviewYearStart { get; init; } = 1;

    /// <summary>Days without a mention after which an in-flight goal is stale. Default 42 (six weeks).</summary>
    public int StaleGoalDays { get; init; } = 42;

    /// <summary>The owner's usual side of the table (<c>role:</c>): a meeting type's prep sheet shows it first. Default <see cref="OwnerRole.Both"/> (the leading side first).</summary>
    public OwnerRole Role { get; init; } = OwnerRole.Both;

    /// <summary>The notes folder relative to <c>input/</c>, forward slashes, no trailing slash (<c>.</c> for <c>input/</c> itself). Default <c>notes</c>.</summary>
    public string NotesFolder { get; init; } = "notes";

    /// <summary>The people folder relative to <c>input/</c>, forward slashes, no trailing slash. Default <c>people</c>.</summary>
    public string PeopleFolder { get; init; } = "people";

    /// <summary>
    /// Glob patterns (<c>exclude:</c>, a list or one pattern) of files under the notes folder that are not read at all, matched
    /// case-insensitively against the path relative to the notes folder with forward slashes (<c>templates/**</c>,
    /// <c>**/*.excalidraw.md</c>), by Microsoft.Extensions.FileSystemGlobbing. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// Who a note that names nobody was with (<c>default-with:</c>, a person id, name or alias), for a vault kept about one
    /// person (issue #15); null by default, when such a note is not a 1:1.
    /// </summary>
    public string? DefaultWith { get; init; }

    /// <summary>
    /// The vault the journal reads in place (<c>vault:</c>, written by <c>init --from</c>): an absolute path, or one relative to
    /// the journal root, as written (forward slashes kept). Null when the notes live under the journal's own <c>input/</c>.
    /// When set, <see cref="NotesFolder"/> and <see cref="PeopleFolder"/> are relative to the vault, and people are also read
    /// from the journal's own <c>input/people/</c> (the stubs <c>init --from --yes</c> writes).
    /// </summary>
    public string? Vault { get; init; }

    /// <summary>The absolute vault folder for a journal at <paramref name="root"/>, or null when <see cref="Vault"/> is not set.</summary>
    public string? VaultPath(string root) => Vault is { } vault ? Path.GetFullPath(vault, Path.GetFullPath(root)) : null;

    /// <summary>The folder that <see cref="NotesFolder"/> and <see cref="PeopleFolder"/> are relative to: the vault, else <c>&lt;root&gt;/input</c>.</summary>
    public string SourceBase(string root) => VaultPath(root) ?? Path.Combine(Path.GetFullPath(root), "input");

    /// <summary>The absolute notes folder of a journal at <paramref name="root"/>.</summary>
    public string NotesPath(string root) => Path.GetFullPath(Path.Combine(SourceBase(root), NotesFolder));

    /// <summary>The absolute people folder of a journal at <paramref name="root"/> (in the vault when there is one).</summary>
    public string PeoplePath(string root) => Path.GetFullPath(Path.Combine(SourceBase(root), PeopleFolder));

    /// <summary>
    /// How a file of <paramref name="folder"/> (<see cref="NotesFolder"/> or <see cref="PeopleFolder"/>) is named in messages and
    /// document sources: <c>input/&lt;folder&gt;</c>, or <c>vault/&lt;folder&gt;</c> for a vault read in place, so that a message never
    /// names an <c>input/</c> path that does not exist.
    /// </summary>
    public string Label(string folder) => (Vault is null ? "input" : "vault") + (folder == "." ? "" : "/" + folder);

    /// <summary>
    /// Whether the <c>settings.yml</c> (or <c>settings.yaml</c>) of <paramref name="root"/> sets <c>vault:</c>: such a folder is a
    /// journal even without an <c>input/</c> folder. False when there is no settings file or it cannot be read.
    /// </summary>
    public static bool NamesVault(string root)
    {
        foreach (var name in new[] { "settings.yml", "settings.yaml" })
        {
            var file = new FileInfo(Path.Combine(root, name));
            if (!file.Exists)
            {
                continue;
            }

            try
            {
                // settings are a few lines; a huge file is not read just to find a journal
                return file.Length <= 1024 * 1024
                    && TextDecoder.Decode(File.ReadAllBytes(file.FullName)) is { Text: { } text }
                    && Parse(text, name).Settings.Vault is not null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Where <c>deploy</c> sends a publish (<c>deploy:</c>, <see cref="Publishing.Deploy.DeployTarget"/>); null when settings.yml names none.</summary>
    public Publishing.Deploy.DeployTarget? Deploy { get; init; }

    /// <summary>Today's date in the journal's time zone.</summary>
    public DateOnly TodayFrom(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>Reads settings from YAML text; unknown or bad values are reported and the default is kept.</summary>
    /// <param name="yaml">The file's text (LF line endings).</param>
    /// <param name="path">The file's path relative to the root, for messages.</param>
    public static (JournalSettings Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, string path = "settings.yml")
    {
        var diagnostics = new List<Diagnostic>();
        var settings = new JournalSettings();
        var parsed = FrontMatterParser.Parse("---\n" + yaml.TrimEnd('\n') + "\n---\n");
        if (parsed.Error is not null)
        {
            diagnostics.Add(Diagnostic.Error(path, Math.Max(1, parsed.ErrorLine - 1), parsed.Error.Replace("front matter", "settings file", StringComparison.Ordinal)));
            return (settings, diagnostics);
        }

        var map = parsed.FrontMatter ?? YamlMap.Empty;
        int Line(YamlValue? v) => Math.Max(1, (v?.Line ?? 2) - 1);

        settings = settings with
        {
            Title = map.Text("title") ?? settings.Title,
            Owner = map.Text("owner") ?? settings.Owner,
            BasePath = map.Text("base-path", "basepath"),
            DefaultWith = map.Text("default-with"),
        };
        if (map.Text("default-cadence") is { } cadenceText)
        {
            if (Cadence.Parse(cadenceText) is { } cadence)
            {
                settings = settings with { DefaultCadence = cadence };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("default-cadence")), $"unknown default-cadence '{cadenceText}'; using biweekly"));
            }
        }

        if (map.Text("week-start") is { } weekStart)
        {
            if (Enum.TryParse<DayOfWeek>(weekStart, ignoreCase: true, out var day))
            {
                settings = settings with { WeekStart = day };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("week-start")), $"unknown week-start '{weekStart}'; using monday"));
            }
        }

        if (map.Text("time-zone", "timezone") is { } zone)
        {
            try
            {
                settings = settings with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) };
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("time-zone", "timezone")), $"unknown time zone '{zone}'; using the machine's"));
            }
        }

        if (map.Text("review-year-start") is { } start)
        {
            if (int.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                settings = settings with { ReviewYearStart = month };
            }
            else if (DateTime.TryParseExact(start, ["MMMM", "MMM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var named))
            {
                settings = settings with { ReviewYearStart = named.Month };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("review-year-start")), $"review-year-start '{start}' is not a month (1..12 or a month name); using January"));
            }
        }

        if (map.Text("stale-goal-days") is { } stale)
        {
            if (int.TryParse(stale, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0)
            {
                settings = settings with { StaleGoalDays = days };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("stale-goal-days")), $"stale-goal-days '{stale}' is not a positive whole number; using 42"));
            }
        }

        if (map.Text("role") is { } role)
        {
            if (Enums.Parse<OwnerRole>(role) is { } parsedRole)
            {
                settings = settings with { Role = parsedRole };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(map.Get("role")), $"unknown role '{role}' (expected {Enums.Choices<OwnerRole>()}); using both"));
            }
        }

        if (map.Strings(splitCommas: false, "exclude") is { Count: > 0 } globs)
        {
            settings = settings with { Exclude = [.. globs.Select(g => g.Text.Trim().Replace('\\', '/')).Where(g => g.Length > 0)] };
        }

        if (map.Get("vault") is { } vault)
        {
            if (vault is YamlScalar { Text: { } text } && text.Trim().Length > 0)
            {
                settings = settings with { Vault = text.Trim() };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, Line(vault), "'vault' must be the path of a folder of notes (absolute, or relative to the journal), like 'vault: ../Work Notes'; reading input/ instead"));
            }
        }

        if (map.Get("deploy") is { } deploy)
        {
            settings = settings with { Deploy = Publishing.Deploy.DeployTarget.Read(deploy, path, diagnostics) };
        }

        if (map.Get("folders") is { } folders)
        {
            settings = ReadFolders(settings, folders, path, diagnostics);
        }

        return (settings, diagnostics);
    }

    private static JournalSettings ReadFolders(JournalSettings settings, YamlValue value, string path, List<Diagnostic> diagnostics)
    {
        if (value is not YamlMap map)
        {
            diagnostics.Add(Diagnostic.Warning(path, Math.Max(1, value.Line - 1), "'folders' must be a map like '{ notes: Meetings, people: People }'; using input/notes and input/people"));
            return settings;
        }

        string Folder(string key, string fallback)
        {
            if (map.Get(key) is not { } entry)
            {
                return fallback;
            }

            var raw = (entry as YamlScalar)?.Text.Trim().Replace('\\', '/') ?? "";
            if (entry is YamlScalar && raw.Length == 0)
            {
                return fallback;
            }

            var text = raw.TrimEnd('/') is { Length: > 0 } t ? t : ".";
            var parts = text.Split('/');
            if (entry is not YamlScalar || raw.StartsWith('/') || raw.Contains(':', StringComparison.Ordinal) || parts.Any(p => p is ".." || p.Length == 0))
            {
                diagnostics.Add(Diagnostic.Warning(path, Math.Max(1, entry.Line - 1), $"folders: {key} must be a folder inside input/ (like 'Meetings' or 'Vault/People'); using input/{fallback}"));
                return fallback;
            }

            return string.Join('/', parts.Where(p => p != ".")) is { Length: > 0 } joined ? joined : ".";
        }

        return settings with
        {
            NotesFolder = Folder("notes", settings.NotesFolder),
            PeopleFolder = Folder("people", settings.PeopleFolder),
        };
    }
}
