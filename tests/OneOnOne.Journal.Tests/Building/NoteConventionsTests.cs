using AngleSharp.Html.Dom;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>
/// Notes as other tools keep them (issue #15, the "who and when" of item 2, and item 3): a small journal per
/// convention, built with the real pipeline, whose 1:1s must land on the right person's timeline with the right date
/// (and type and mood), while files that are not 1:1s are infos and the build exits 0. Every fixture is written for
/// this project.
/// </summary>
public sealed class NoteConventionsTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    /// <summary>A person's timeline as the page shows it: date, meeting-type link and mood class of each entry, oldest first.</summary>
    private static List<(string Date, string Type, string Mood)> Timeline(TempJournal journal, string id) =>
        [.. journal.Page($"people/{id}/index.html").QuerySelectorAll(".timeline-entry")
            .Select(e => (
                e.QuerySelector("time")!.GetAttribute("datetime")!,
                e.QuerySelector(".meta a[href*='prep/']")?.GetAttribute("href")?.Split('/')[^2] ?? "",
                e.QuerySelector(".mood")?.ClassList.FirstOrDefault(c => c.StartsWith("mood-", StringComparison.Ordinal)) ?? ""))
            .OrderBy(e => e.Item1, StringComparer.Ordinal)];

    private static List<string> Dates(TempJournal journal, string id) => [.. Timeline(journal, id).Select(e => e.Date)];

    private static List<string> Infos(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.ToString()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Dates_come_from_folders_headings_created_logseq_names_and_unambiguous_two_digit_years_never_from_file_times()
    {
        using var journal = new TempJournal();
        journal.Person("jordan", "name: Jordan Lee");
        journal.Write("notes/2026/01/21/1on1.md", "---\nwith: Jordan\n---\nFolders by year, month and day.\n");
        journal.Write("notes/2026-01-22/sync.md", "---\nwith: Jordan\n---\nA folder named by the date.\n");
        journal.Write("notes/heading-iso.md", "---\nwith: Jordan\n---\n# 1:1 with Jordan – 2026-01-23\n\nA dated heading.\n");
        journal.Write("notes/heading-words.md", "---\nwith: Jordan\n---\n# Jan 24, 2026\n\nA heading in words.\n");
        journal.Write("notes/created.md", "---\nwith: Jordan\ncreated: 2026-01-25T09:30\n---\nA created property.\n");
        journal.Write("notes/date-created.md", "---\nwith: Jordan\ndate created: 2026-01-26\n---\nObsidian's spelling.\n");
        journal.Write("notes/journals/2026_01_27.md", "- 1:1\n  attendees:: [[Jordan Lee]]\n  - Talked about the on-call rota\n");
        journal.Write("notes/logseq-page.md", "- [[Jan 28th, 2026]] with [[Jordan Lee]]\n  with:: [[Jordan Lee]]\n");
        journal.Write("notes/26-01-29 Jordan.md", "A two-digit year, year first.\n");
        journal.Write("notes/05-06-07 Jordan.md", "Could be three different days.\n");
        journal.Write("notes/Jordan undated.md", "No date anywhere but the file's time.\n");
        var result = await journal.BuildAsync(today: Today);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            ["2026-01-21", "2026-01-22", "2026-01-23", "2026-01-24", "2026-01-25", "2026-01-26", "2026-01-27", "2026-01-28", "2026-01-29"],
            Dates(journal, "jordan"));
        Assert.Equal(
            [
                "input/notes/05-06-07 Jordan.md:1:1: info: not a 1:1 note (no date); left out",
                "input/notes/Jordan undated.md:1:1: info: not a 1:1 note (no date); left out",
            ],
            Infos(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public async Task People_come_from_fields_tags_attendee_lines_links_file_names_and_folders()
    {
        using var journal = new TempJournal();
        journal.Settings("owner: Alex Kim\n");
        journal.Person("jordan", "name: Jordan Lee\naliases: [NomePersona]");
        journal.Person("sarah", "name: Sarah Osei");
        journal.Person("priya", "name: Priya Nair");
        journal.Write("notes/a.md", "---\ndate: 2026-02-02\nattendees: Jordan Lee, Alex Kim\n---\n");
        journal.Write("notes/b.md", "---\ndate: 2026-02-03\nparticipants:\n  - \"[[Sarah Osei]]\"\n  - \"[[Alex Kim]]\"\n---\n");
        journal.Write("notes/c.md", "---\ndate: 2026-02-04\npeople: [Priya Nair]\n---\n");
        journal.Write("notes/d.md", "---\ndate: 2026-02-05\ndirectReport: \"[[Jordan Lee]]\"\n---\n");
        journal.Write("notes/e.md", "---\ndate: 2026-02-06\nmanager: Sarah Osei\n---\n");
        journal.Write("notes/f.md", "---\ndate: 2026-02-07\nreport: priya\n---\n");
        journal.Write("notes/g.md", "---\ndate: 2026-02-09\ntags: [meeting, people/jordan]\n---\n");
        journal.Write("notes/h.md", "---\ndate: 2026-02-10\n---\nMet today. #person/sarah\n");
        journal.Write("notes/i.md", "# Weekly sync – 2026-02-11\n**Attendees:** [[Priya Nair]], [[Alex Kim]]\n\n## Notes\n- fine\n");
        journal.Write("notes/j.md", "# Feb 12, 2026\nWith: Jordan Lee\n\nWith the new plan we ship sooner.\n");
        journal.Write("notes/jordan-1on1.md", "---\ndate: 2026-02-13\n---\nName in the file.\n");
        journal.Write("notes/Sarah-Alex.md", "---\ncreated: 2026-02-16\n---\nThe owner's name in the file is skipped.\n");
        journal.Write("notes/NomePersona_1-1.md", "---\ncreated: 2026-02-17\n---\nAn alias in the file.\n");
        journal.Write("notes/People/Priya Nair/2026-02-18.md", "A folder per person.\n");
        journal.Write("notes/Team/2026-02-19 Standup.md", "Nobody named: not a 1:1.\n");
        var result = await journal.BuildAsync(today: Today);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-13", "2026-02-17"], Dates(journal, "jordan"));
        Assert.Equal(["2026-02-03", "2026-02-06", "2026-02-10", "2026-02-16"], Dates(journal, "sarah"));
        Assert.Equal(["2026-02-04", "2026-02-07", "2026-02-11", "2026-02-18"], Dates(journal, "priya"));
        Assert.Equal(["input/notes/Team/2026-02-19 Standup.md:1:1: info: not a 1:1 note (no person); left out"], Infos(result));
        Assert.Equal(0, result.Warnings);
        Assert.DoesNotContain(result.Journal!.People, p => p.IsInferred);
    }

    [Fact]
    public async Task Default_with_places_a_vault_about_one_person_and_start_date_and_links_read_in_the_person_file()
    {
        using var journal = new TempJournal();
        journal.Settings("default-with: Jordan Lee\n");
        journal.Person("jordan", "name: \"[[Jordan Lee]]\"\nrole: \"[[Staff Engineer]]\"\nstartDate: \"[[2025-09-01]]\"");
        journal.Write("notes/2026-03-02.md", "Nobody named: the vault is about Jordan.\n");
        journal.Write("notes/2026-03-09 Weekly.md", "Still Jordan.\n");
        var result = await journal.BuildAsync(today: Today);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["2026-03-02", "2026-03-09"], Dates(journal, "jordan"));
        var person = Assert.Single(result.Journal!.People);
        Assert.Equal(("Jordan Lee", "Staff Engineer", new DateOnly(2025, 9, 1)), (person.Name, person.Role, person.Since));
        Assert.Contains("Jordan Lee", journal.Page("people/jordan/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_types_and_moods_are_read_in_their_common_spellings()
    {
        using var journal = new TempJournal();
        journal.Person("jordan", "name: Jordan Lee");
        journal.Note("2026-04-01-jordan", "date: 2026-04-01\nwith: jordan\ntype: one_on_one\nmood: great");
        journal.Note("2026-04-02-jordan", "date: 2026-04-02\nwith: jordan\ntype: \"1:1\"\nmood: 🙂");
        journal.Note("2026-04-03-jordan", "date: 2026-04-03\nwith: jordan\ntype: 1-on-1\nmood: ok");
        journal.Note("2026-04-06-jordan", "date: 2026-04-06\nwith: jordan\ntype: skip_level\nmood: meh");
        journal.Note("2026-04-07-jordan", "date: 2026-04-07\nwith: jordan\ntype: skip\nmood: 😞");
        journal.Note("2026-04-08-jordan", "date: 2026-04-08\nwith: jordan\ntype: intro\nmood: Good");
        var result = await journal.BuildAsync(today: Today);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                ("2026-04-01", "regular", "mood-5"),
                ("2026-04-02", "regular", "mood-4"),
                ("2026-04-03", "regular", "mood-3"),
                ("2026-04-06", "skip-level", "mood-2"),
                ("2026-04-07", "skip-level", "mood-1"),
                ("2026-04-08", "introductory", "mood-4"),
            ],
            Timeline(journal, "jordan"));
    }

    private static TempJournal InferenceVault()
    {
        var journal = new TempJournal();
        journal.Settings("owner: Alex Kim\nfolders:\n  notes: Meetings\n  people: People\n");
        journal.Write("People/Jordan Lee.md", "---\nrelationship: report\n---\n");
        journal.Write("Meetings/2026-05-04 sync.md", "---\nattendees: [\"[[John Appleseed]]\", \"[[Alex Kim]]\"]\n---\nFirst talk.\n");
        journal.Write("Meetings/2026-05-18.md", "# 1:1 – 2026-05-18\n**Attendees:** [[John Appleseed]], [[Alex Kim]]\n\n## Notes\n- [ ] @me Book the offsite\n");
        journal.Write("Meetings/2026-05-05 Zed Only.md", "A name only in the file name never makes a person.\n");
        journal.Write("Meetings/Team/2026-05-06 All hands.md",
            "---\ndate: 2026-05-06\nattendees: [Alex Kim, Jordan Lee, Ann Ames, Bo Berg, Cy Cole, Di Dunn]\n---\nTeam meeting.\n");
        journal.Write("Meetings/People/Maria Rossi/2026-05-07.md", "A folder under People names her.\n");
        return journal;
    }

    [Fact]
    public async Task A_link_to_another_note_of_the_vault_is_text_and_an_info_never_a_warning()
    {
        using var journal = new TempJournal();
        journal.Settings("owner: Alex Kim\nfolders:\n  notes: Meetings\n  people: People\n");
        journal.Write("People/Jordan Lee.md", "---\nrelationship: report\n---\n");
        journal.Write("Meetings/2026-05-04 Jordan Lee.md", "Talked about [[Project Atlas]] with [[Jordan Lee]].\n");
        var run = await ProgramRunner.RunAsync(journal.Root, "check", "--today", "2026-06-30");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.DoesNotContain(": warning:", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/Meetings/2026-05-04 Jordan Lee.md:1:1: info: the link [[Project Atlas]] is not a person; shown as text (if it is someone you meet, add input/People/Project Atlas.md)", run.Stdout, StringComparison.Ordinal);

        await journal.BuildAsync(today: Today);
        var note = journal.Page("notes/2026/2026-05-04-jordan-lee/index.html").QuerySelector("main")!;
        Assert.Contains("Talked about Project Atlas with", note.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Jordan Lee"], note.QuerySelectorAll("a[href*='people/jordan-lee']").Select(a => a.TextContent.Trim()).Distinct());
    }

    [Fact]
    public async Task A_name_without_a_person_file_becomes_an_inferred_person_with_a_page_and_one_info_in_the_mapped_folder()
    {
        using var journal = InferenceVault();
        var run = await ProgramRunner.RunAsync(journal.Root, "check", "--today", "2026-06-30");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var infos = run.Stdout.Split('\n').Where(l => l.Contains(": info: ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "input/Meetings/2026-05-04 sync.md:1:1: info: inferred person 'John Appleseed' from 2 notes; add input/People/John Appleseed.md to set role and cadence",
                "input/Meetings/2026-05-05 Zed Only.md:1:1: info: not a 1:1 note (no person); left out",
                "input/Meetings/People/Maria Rossi/2026-05-07.md:1:1: info: inferred person 'Maria Rossi' from 1 note; add input/People/Maria Rossi.md to set role and cadence",
                "input/Meetings/Team/2026-05-06 All hands.md:1:1: info: not a 1:1 note (a group meeting of 6 people); left out",
            ],
            infos);

        var result = await journal.BuildAsync(today: Today);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2026-05-04", "2026-05-18"], Dates(journal, "john-appleseed"));
        Assert.Equal(["2026-05-07"], Dates(journal, "maria-rossi"));
        Assert.Equal("John Appleseed", journal.Page("people/john-appleseed/index.html").QuerySelector("h1")!.TextContent.Trim());
        var listed = journal.Page("people/index.html").QuerySelectorAll("a[href*='john-appleseed']");
        Assert.NotEmpty(listed);
        Assert.Equal(["jordan-lee"], result.Journal!.People.Where(p => !p.IsInferred).Select(p => p.Id));
        Assert.Equal(["john-appleseed", "maria-rossi"], result.Journal.People.Where(p => p.IsInferred).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.False(journal.Exists("people/zed-only/index.html"));
        Assert.False(journal.Exists("people/ann-ames/index.html"));
        Assert.Empty(Timeline(journal, "jordan-lee"));
    }

    [Fact]
    public async Task Inferred_people_stay_the_same_through_preview_rebuilds()
    {
        using var journal = InferenceVault();
        var session = new BuildSession();
        var first = await SiteBuilder.BuildAsync(journal.Options(today: Today), null, session);
        Assert.Equal(0, first.ExitCode);

        // a new note names a new person; the only note of another goes; a person file appears for the third
        journal.Write("Meetings/2026-05-20.md", "---\nparticipants: Kim Park\n---\n");
        File.Delete(Path.Combine(journal.Root, "input", "Meetings", "People", "Maria Rossi", "2026-05-07.md"));
        var second = await SiteBuilder.BuildAsync(journal.Options(today: Today), null, session);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["john-appleseed", "kim-park"], second.Journal!.People.Where(p => p.IsInferred).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["2026-05-20"], Dates(journal, "kim-park"));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        journal.Write("People/John Appleseed.md", "---\nrole: Designer\n---\n");
        var third = await SiteBuilder.BuildAsync(journal.Options(today: Today), null, session);
        var john = Assert.Single(third.Journal!.People, p => p.Id == "john-appleseed");
        Assert.False(john.IsInferred);
        Assert.Equal("Designer", john.Role);
        Assert.DoesNotContain(third.Diagnostics, d => d.Message.Contains("John Appleseed", StringComparison.Ordinal));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task A_private_person_named_only_by_a_convention_keeps_the_note_out_of_a_publish_and_is_not_inferred()
    {
        using var journal = new TempJournal();
        journal.Person("jordan", "name: Jordan Lee");
        journal.Write("people/Dana Wolf.md", "---\nprivate: true\n---\n");
        journal.Write("notes/2026-05-11.md", "# 1:1 – 2026-05-11\n**Attendees:** [[Dana Wolf]]\n\nZorblax performance plan.\n");
        journal.Write("notes/People/Dana Wolf/2026-05-12.md", "Quokka retention talk.\n");
        journal.Write("notes/dana-1on1.md", "---\ncreated: 2026-05-13\n---\nFennec salary talk.\n");
        journal.Write("notes/2026-05-14 Jordan Lee.md", "Public note.\n");
        var result = await journal.BuildAsync(BuildMode.Publish, Today);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(["jordan"], result.Journal!.People.Select(p => p.Id));
        var files = SealedSite.AllFiles(journal.Output).ToList();
        foreach (var secret in new[] { "Dana", "dana-wolf", "Zorblax", "Quokka", "Fennec" })
        {
            Assert.DoesNotContain(files, f => f.Text.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Equal(["2026-05-14"], Dates(journal, "jordan"));
    }
}
