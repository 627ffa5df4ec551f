using System.Globalization;

namespace OneOnOne.Journal.Building;

/// <summary>
/// The starter journal that <c>init</c> writes into an empty folder: <c>settings.yml</c>, one person
/// (<c>input/people/alex-example.md</c>) and one note with them dated today
/// (<c>input/notes/&lt;yyyy&gt;/&lt;date&gt;-alex-example.md</c>), each showing the fields a user fills in.
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

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
