using OneOnOne.Journal.Bench;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>An incremental rebuild in a session writes exactly what a full build of the same journal writes.</summary>
public sealed class BuildSessionTests
{
    [Fact]
    public async Task After_edits_adds_renames_and_deletes_the_incremental_output_equals_a_full_build()
    {
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(6, 10, Seed: 11), journal.Root);
        var session = new BuildSession();
        var first = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.True(first.RenderedEverything);

        // an edit that changes a goal's status and closes an action, in the middle of a timeline
        var edited = Path.Combine(journal.Root, notes[20]);
        var text = File.ReadAllText(edited).Replace("status: on-track", "status: at-risk").Replace("- [ ] @", "- [x] @");
        File.WriteAllText(edited, text + "\nA new closing paragraph.\n");
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.False(second.RenderedEverything);
        Assert.True(second.Changed > 0);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        // a rename, an added note and a deleted note
        var renamed = Path.Combine(journal.Root, notes[30]);
        File.Move(renamed, renamed.Replace(".md", "-moved.md"));
        File.Delete(Path.Combine(journal.Root, notes[41]));
        journal.Note("2026-06-01-" + Path.GetFileNameWithoutExtension(notes[0])[11..], $"date: 2026-06-01\nwith: {Path.GetFileNameWithoutExtension(notes[0])[11..]}\ntitle: Added in preview", "## Notes\nAdded.\n");
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        // a rebuild with nothing changed rewrites no file
        var unchanged = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(0, unchanged.Changed);
    }

    [Fact]
    public async Task An_edit_reuses_every_other_notes_parse_across_the_notes_slices()
    {
        // more notes than one slice of the notes stage (256), so that reuse must hold across slices
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(6, 50, Seed: 3), journal.Root);
        var session = new BuildSession();
        var first = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(300, first.Journal!.Notes.Count);

        var edited = Path.Combine(journal.Root, notes[270]);
        File.AppendAllText(edited, "\nOne more line.\n");
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);

        // unchanged files give the very same Note objects (nothing parsed or rendered again); the edited one a new one
        var before = first.Journal.Notes.ToDictionary(n => n.SourcePath, StringComparer.Ordinal);
        var changed = second.Journal!.Notes.Where(n => !ReferenceEquals(n, before[n.SourcePath])).Select(n => n.SourcePath).ToList();
        Assert.Equal([notes[270].Replace('\\', '/')], changed);
        Assert.Contains("One more line.", second.Journal.Notes.Single(n => n.SourcePath == changed[0]).BodyHtml, StringComparison.Ordinal);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task With_a_watcher_a_save_reparses_only_that_note_and_other_notes_problems_stay_reported()
    {
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(3, 6, Seed: 7), journal.Root);
        // problems in notes that the save leaves alone: a link to nobody, an unknown person, a file that is not UTF-8
        File.AppendAllText(Path.Combine(journal.Root, notes[2]), "\nSee [[Nobody Known]] about it.\n");
        journal.Note("2026-05-05-stranger", "date: 2026-05-05\nwith: stranger-danger\ntitle: Who is this");
        journal.Bytes("notes/2026/2026-05-06-binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var session = new BuildSession();
        session.Changes.Watching = true;
        var first = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        var problems = first.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(3 == first.Diagnostics.Select(d => d.Path).Distinct().Count(), string.Join("\n", problems));

        // the watcher reports the one saved file
        var edited = Path.Combine(journal.Root, notes[9]);
        File.AppendAllText(edited, "\nSaved in the editor.\n");
        session.Changes.Changed(Path.GetFullPath(edited));
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);

        Assert.False(second.RenderedEverything);
        var before = first.Journal!.Notes.ToDictionary(n => n.SourcePath, StringComparer.Ordinal);
        // (a file that cannot be read is read again on every build, so that its problem is reported again)
        Assert.Equal([notes[9].Replace('\\', '/')], second.Journal!.Notes.Where(n => !ReferenceEquals(n, before[n.SourcePath]) && !n.SourcePath.EndsWith("-binary.md", StringComparison.Ordinal)).Select(n => n.SourcePath));
        Assert.Equal(problems, second.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Saved in the editor.", second.Journal.Notes.Single(n => n.SourcePath == notes[9].Replace('\\', '/')).BodyHtml, StringComparison.Ordinal);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        // a save that adds a note is listed again: the new note is read, the others still reused
        journal.Note("2026-06-20-added", "date: 2026-06-20\nwith: " + before[notes[0].Replace('\\', '/')].With[0] + "\ntitle: Added");
        session.Changes.Changed(Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-20-added.md"));
        var third = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(second.Journal.Notes.Count + 1, third.Journal!.Notes.Count);
        Assert.Equal(problems, third.Diagnostics.Select(d => d.ToString()));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task A_broken_note_and_its_fix_are_reflected_like_a_full_build()
    {
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(3, 5, Seed: 5), journal.Root);
        var session = new BuildSession();
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        var path = Path.Combine(journal.Root, notes[4]);
        var original = File.ReadAllText(path);

        File.WriteAllText(path, original.Replace("mood: ", "mood: [oops "));
        var broken = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Contains(broken.Diagnostics, d => d.Path == notes[4].Replace('\\', '/') && d.Severity == OneOnOne.Journal.Severity.Error);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);

        File.WriteAllText(path, original);
        var fixedResult = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.DoesNotContain(fixedResult.Diagnostics, d => d.Severity == OneOnOne.Journal.Severity.Error);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task A_save_while_the_second_stage_runs_is_built_next_and_the_first_stage_loses_nothing()
    {
        using var journal = new TempJournal();
        var notes = JournalGenerator.Generate(new GeneratorOptions(4, 6, Seed: 3), journal.Root);
        var session = new BuildSession();
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        var path = Path.Combine(journal.Root, notes[7]);
        var slug = Path.GetFileNameWithoutExtension(notes[7]);
        var original = File.ReadAllText(path);
        var calls = 0;
        session.FirstPagesWritten = paths =>
        {
            // the note's page is written before the journal-wide pages and the search index
            Assert.Contains(paths, p => p.EndsWith("/" + slug + "/index.html", StringComparison.Ordinal));
            Assert.DoesNotContain(paths, p => p.StartsWith("search/", StringComparison.Ordinal) || p == "index.html");
            if (calls++ == 0)
            {
                // the editor saves again while the rest of this build runs
                File.WriteAllText(path, original + "\nZanzibarword came up in the second save.\n");
            }
        };

        File.WriteAllText(path, original + "\nQuokkaword came up in the first save.\n");
        var first = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(1, calls);
        Assert.NotNull(first.EarlyChanges);
        Assert.Contains(first.LateChanges, p => p.StartsWith("search/", StringComparison.Ordinal));
        Assert.DoesNotContain(first.LateChanges, first.EarlyChanges!.Contains);

        // the first build is whole and of one version: its search index and pages hold the first save
        Assert.Contains("quokkaword", SearchText(journal));
        Assert.DoesNotContain("zanzibarword", SearchText(journal));
        Assert.Contains("Quokkaword", File.ReadAllText(Path.Combine(journal.Output, first.EarlyChanges!.First(p => p.EndsWith("/" + slug + "/index.html", StringComparison.Ordinal)))));

        // the next build takes the second save everywhere, exactly like a full build
        var second = await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Equal(2, calls);
        Assert.False(second.RenderedEverything);
        Assert.Contains("zanzibarword", SearchText(journal));
        Assert.DoesNotContain("quokkaword", SearchText(journal));
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    [Fact]
    public async Task Closing_an_item_of_a_shared_meeting_in_a_note_with_one_person_updates_the_other_persons_pages()
    {
        using var journal = new TempJournal()
            .Person("alice", "name: Alice Chen")
            .Person("bob", "name: Bob Stone")
            .Note("2026-03-02-alice-bob", "date: 2026-03-02\nwith: [alice, bob]\ntitle: Joint planning", "## Action items\n- [ ] @alice Write the on-call handover\n")
            .Note("2026-03-09-bob", "date: 2026-03-09\nwith: bob\ntitle: Bob alone", "## Notes\nNothing yet.\n");
        var session = new BuildSession();
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        Assert.Contains("Write the on-call handover", journal.Page("people/alice/index.html").Body!.TextContent);

        // bob's own note closes the item that alice shares: alice's pages change although the note is not hers
        journal.Note("2026-03-09-bob", "date: 2026-03-09\nwith: bob\ntitle: Bob alone", "## Action items\n- [x] @alice Write the on-call handover\n");
        await SiteBuilder.BuildAsync(journal.Options(), null, session);
        await FullBuildComparison.AssertSameAsFullBuildAsync(journal);
    }

    private static string SearchText(TempJournal journal) =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(journal.Output, "search"), "*.js").Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
