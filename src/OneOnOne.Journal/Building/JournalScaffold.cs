using System.Globalization;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Building;

/// <summary>
/// The starter journal that <c>init</c> writes into an empty folder: <c>settings.yml</c>, one person
/// (<c>input/people/alex-example.md</c>) and one note with them dated today
/// (<c>input/notes/&lt;yyyy&gt;/&lt;date&gt;-alex-example.md</c>), each showing the fields a user fills in.
/// And what <c>init --from &lt;vault&gt;</c> writes to adopt a vault in place (issue #15): only <c>settings.yml</c>
/// (<see cref="AdoptionSettings"/>) and, when asked, person stubs in the journal's own <c>input/people/</c>
/// (<see cref="WriteStubs"/>); never anything in the vault.
/// </summary>
public static class JournalScaffold
{
    /// <summary>The id of the example person.</summary>
    public const string PersonId = "alex-example";

    /// <summary>
    /// The date of the example person's next meeting: <paramref name="today"/> plus their weekly cadence. <c>init</c>
    /// suggests <c>oneonone new alex --date</c> this date, because today's note already exists and <c>new</c> never overwrites.
    /// </summary>
    public static DateOnly NextMeeting(DateOnly today) => today.AddDays(7);

    /// <summary>The starter files: paths relative to the journal root (forward slashes) and their text (LF line endings). Pure.</summary>
    /// <param name="today">The date of the example note.</param>
    public static IReadOnlyList<(string Path, string Text)> Files(DateOnly today)
    {
        var date = Iso(today);
        var due = Iso(today.AddDays(7));
        return
        [
            ("settings.yml", """
                title: My 1:1 journal
                owner: Me                    # your name; @me in action items
                role: both                   # manager | report | both: the side of the table prep sheets show first
                default-cadence: biweekly    # weekly | biweekly | monthly | quarterly | 10d
                week-start: monday
                # time-zone: Europe/Berlin   # IANA id; "today" is computed in it (default: this machine's)
                # folders:                   # where notes and people live inside input/, e.g. an Obsidian vault's folders
                #   notes: notes
                #   people: people

                """),
            ($"input/people/{PersonId}.md", $"""
                ---
                name: Alex Example
                role: Software Engineer
                relationship: report         # who they are to you: report | skip-report | manager | skip (your manager's manager) | exec | mentor | mentee | peer | other
                cadence: weekly
                since: {date}
                aliases: [Alex]
                type: regular                # the meeting type usually held (used by `oneonone new`)
                ---
                One file per person you meet; the file name is the id (e.g. alice-chen.md).
                Write what helps you prepare: context, how they like feedback, career interests.

                """),
            ($"input/notes/{today.Year.ToString("D4", CultureInfo.InvariantCulture)}/{date}-{PersonId}.md", $"""
                ---
                date: {date}
                with: alex-example           # a person id, name or alias
                type: introductory           # a meeting type: see the site's prep sheets
                mood: 4                      # 1 (bad) to 5 (great)
                goals:
                  - id: settle-in
                    title: Settle into the team
                    horizon: short           # short | medium | long
                    status: on-track         # proposed | on-track | at-risk | off-track | done | dropped
                    progress: 10
                next: [Career goals for the year]
                ---
                ## Agenda
                - What Alex wants from these meetings
                - How they like to get feedback

                ## Notes
                Free Markdown. [[Alex Example]] links to Alex's page.

                ## Feedback
                - Given (praise): a clear first pull request.

                ## Wins
                - First change shipped.

                ## Action items
                - [ ] @{PersonId} Write down three goals for the next quarter due:{due}
                - [ ] @me Share the team's onboarding notes due:{due}

                """),
        ];
    }

    /// <summary>
    /// Writes the starter journal into <paramref name="folder"/> (created when missing). Refuses, writing
    /// nothing, when the folder already holds a journal (<c>input/</c>, <c>settings.yml</c> or <c>settings.yaml</c>).
    /// </summary>
    /// <param name="folder">The new journal's root.</param>
    /// <param name="today">The date of the example note.</param>
    /// <returns>Null when written, else the reason for refusing (the folder is a file, already holds a journal, or cannot be written).</returns>
    public static string? Create(string folder, DateOnly today)
    {
        folder = Path.GetFullPath(folder);
        if (File.Exists(folder))
        {
            return $"'{folder}' is a file, not a folder; give a new or empty folder; nothing was written";
        }

        foreach (var existing in new[] { "input", "settings.yml", "settings.yaml" })
        {
            if (Path.Exists(Path.Combine(folder, existing)))
            {
                return $"'{folder}' already holds a journal ({existing} exists); nothing was written";
            }
        }

        try
        {
            foreach (var (path, text) in Files(today))
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(text.ReplaceLineEndings("\n"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // e.g. a parent of the folder is a file, or it cannot be written: one plain line, not a stack trace (issue #14)
            return $"cannot create a journal in '{folder}': {e.Message.TrimEnd('.')}; nothing more was written";
        }

        return null;
    }

    /// <summary>Folder names (case-insensitive) that hold person files in the vaults people keep, most telling first.</summary>
    private static readonly string[] PeopleFolderNames = ["people", "persons", "person", "direct reports", "directs", "reports", "team", "contacts"];

    /// <summary>
    /// The vault's people folder, relative to <paramref name="vault"/> with forward slashes: the shallowest folder (at most two
    /// levels down) named like one (<c>People</c>, <c>Persons</c>, <c>Team</c>…) that holds a Markdown file; null when there is none.
    /// Hidden folders are not looked into.
    /// </summary>
    public static string? FindPeopleFolder(string vault)
    {
        var candidates = new List<(int Depth, int Rank, string Path)>();
        void Look(string dir, int depth)
        {
            IEnumerable<string> subs;
            try
            {
                subs = Directory.EnumerateDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.')).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }

            foreach (var sub in subs)
            {
                var rank = Array.IndexOf(PeopleFolderNames, Path.GetFileName(sub).ToLowerInvariant());
                if (rank >= 0 && HoldsMarkdown(sub))
                {
                    candidates.Add((depth, rank, Path.GetRelativePath(vault, sub).Replace('\\', '/')));
                }

                if (depth < 2)
                {
                    Look(sub, depth + 1);
                }
            }
        }

        Look(vault, 1);
        return candidates.OrderBy(c => c.Depth).ThenBy(c => c.Rank).ThenBy(c => c.Path, StringComparer.Ordinal).Select(c => c.Path).FirstOrDefault();
    }

    /// <summary>Whether <paramref name="folder"/> holds a Markdown file (<c>*.md</c>) at any depth, hidden folders aside.</summary>
    public static bool HoldsMarkdown(string folder) =>
        Directory.Exists(folder) && FileListing.List(folder, [folder], null, stamps: false).Files.Count > 0;

    /// <summary>
    /// The deepest folder that holds every one of <paramref name="files"/> (paths relative to the vault, forward slashes), e.g.
    /// <c>Meetings/1on1</c> for <c>Meetings/1on1/2025/a.md</c> and <c>Meetings/1on1/2026/b.md</c>, without trailing year or month
    /// folders (<c>Meetings</c> for <c>Meetings/2026/01/a.md</c> alone); <c>.</c> when they share none or there are none.
    /// </summary>
    public static string CommonFolder(IEnumerable<string> files)
    {
        string[]? common = null;
        foreach (var file in files)
        {
            var parts = file.Split('/')[..^1];
            if (common is null)
            {
                common = parts;
                continue;
            }

            var n = 0;
            while (n < common.Length && n < parts.Length && common[n] == parts[n])
            {
                n++;
            }

            common = common[..n];
        }

        // a folder per year or month (Meetings/2026, Meetings/2026/01) is where this year's notes happen to be, not the notes folder:
        // next year's notes go beside it, and `new` adds the year itself
        var kept = (common ?? []).Length;
        while (kept > 0 && IsDateFolder(common![kept - 1]))
        {
            kept--;
        }

        return kept > 0 ? string.Join('/', common![..kept]) : ".";
    }

    private static bool IsDateFolder(string name) =>
        name.Length is >= 2 and <= 10 && name.All(c => char.IsAsciiDigit(c) || c is '-' or '_') && char.IsAsciiDigit(name[0]);

    /// <summary>
    /// The <c>settings.yml</c> of a journal that reads <paramref name="vault"/> in place (LF line endings). Pure.
    /// </summary>
    /// <param name="vault">The vault's absolute path (written as is, quoted for YAML).</param>
    /// <param name="notes">The notes folder relative to the vault (<c>.</c> for all of it).</param>
    /// <param name="people">The people folder relative to the vault, or null when the vault has none (then only the journal's own <c>input/people/</c> holds people).</param>
    public static string AdoptionSettings(string vault, string notes, string? people) => $"""
        title: My 1:1 journal
        owner: Me                    # your name; @me in action items
        # Written by `oneonone init --from`: the notes are read where they are, in the vault below, and never changed.
        # Nothing is written into the vault; the site goes to output/ here. Person stubs go to input/people/ here.
        vault: {Quote(vault)}
        folders:                     # relative to the vault
          notes: {Quote(notes)}
        {(people is null ? "  # people: People           # the vault has no people folder: people come from input/people/ here" : "  people: " + Quote(people))}
        # exclude: [Archive/**]      # globs, relative to the notes folder, of files not to read

        """;

    /// <summary>
    /// Makes <paramref name="folder"/> a journal that reads a vault in place: writes <paramref name="settings"/> as its
    /// <c>settings.yml</c>, and nothing else. Refuses, writing nothing, when the folder is a file, already holds a journal,
    /// or is the vault or lies inside it (a journal's settings and output are never written into the vault).
    /// </summary>
    /// <param name="folder">The journal root (created when missing).</param>
    /// <param name="vault">The vault's absolute path.</param>
    /// <param name="settings">The text of <c>settings.yml</c> (<see cref="AdoptionSettings"/>).</param>
    /// <returns>Null when written, else the reason for refusing.</returns>
    public static string? Adopt(string folder, string vault, string? settings)
    {
        if (CheckAdopt(folder, vault) is { } refusal)
        {
            return refusal;
        }

        if (settings is null)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(folder);
            WriteNew(Path.Combine(folder, "settings.yml"), settings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot create a journal in '{folder}': {e.Message.TrimEnd('.')}; nothing more was written";
        }

        return null;
    }

    private static string? CheckAdopt(string folder, string vault)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(vault))
        {
            return File.Exists(vault) ? $"'{vault}' is a file; --from takes the folder of a vault" : $"there is no folder '{vault}' to adopt; --from takes the folder of a vault";
        }

        if (File.Exists(folder))
        {
            return $"'{folder}' is a file, not a folder; give a new or empty folder; nothing was written";
        }

        foreach (var existing in new[] { "input", "settings.yml", "settings.yaml" })
        {
            if (Path.Exists(Path.Combine(folder, existing)))
            {
                return $"'{folder}' already holds a journal ({existing} exists); nothing was written";
            }
        }

        var realFolder = OutputFolder.RealPath(folder) + Path.DirectorySeparatorChar;
        var realVault = OutputFolder.RealPath(vault) + Path.DirectorySeparatorChar;
        if (realFolder.StartsWith(realVault, StringComparison.Ordinal))
        {
            return $"'{folder}' is the vault or lies inside it; nothing is ever written into the vault: run init in a new folder beside it, e.g. --root '{Path.TrimEndingDirectorySeparator(vault)}-journal'";
        }

        return null;
    }

    /// <summary>The text of the stub for an inferred person (LF line endings): their name, and a body saying where it came from. Pure.</summary>
    public static string StubText(Person person) => $"""
        ---
        name: {Quote(person.Name)}
        # role: ...                  # their job title
        # relationship: report       # report | skip-report | manager | skip | exec | mentor | mentee | peer | other
        # cadence: biweekly          # weekly | biweekly | monthly | quarterly | 10d
        ---
        Created by `oneonone init --from` for a person the notes name who had no person file. Add what helps you prepare.

        """;

    /// <summary>
    /// Writes a stub (<see cref="StubText"/>) for each of <paramref name="people"/> into <c>&lt;journal&gt;/input/people/&lt;id&gt;.md</c>
    /// (the id is the file stem), never over an existing file, never into the vault.
    /// </summary>
    /// <param name="journal">The journal root.</param>
    /// <param name="people">The people to write stubs for (init passes the inferred ones, <see cref="Person.IsInferred"/>).</param>
    /// <returns>The paths written, relative to the journal root with forward slashes.</returns>
    /// <exception cref="IOException">A stub could not be written (the stubs before it stay written).</exception>
    public static IReadOnlyList<string> WriteStubs(string journal, IEnumerable<Person> people)
    {
        var written = new List<string>();
        foreach (var person in people)
        {
            var relative = $"input/people/{person.Id}.md";
            var full = Path.Combine(journal, relative);
            if (Path.Exists(full))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            WriteNew(full, StubText(person));
            written.Add(relative);
        }

        return written;
    }

    /// <summary>A YAML scalar for <paramref name="text"/>: as is when plain, else single-quoted.</summary>
    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-') && !text.StartsWith('-')
            ? text
            : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void WriteNew(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(text.ReplaceLineEndings("\n"));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
