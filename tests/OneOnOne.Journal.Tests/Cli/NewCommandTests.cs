using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Cli;

/// <summary><c>new</c> run as the real program: writes exactly one new file under input/, prints its path, never overwrites.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void New_by_alias_writes_only_the_new_note_and_prints_its_path()
    {
        using var journal = WeeklyJournal.Create();
        var before = journal.InputSnapshot();

        var run = ProgramRunner.Program(journal.Root, "new", "Ali", "--today", "2026-06-01");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var expected = Path.Combine("notes", "2026", "2026-06-01-alice-chen.md");
        Assert.Equal(Path.Combine("input", expected), run.Stdout.Trim());
        var after = journal.InputSnapshot();
        Assert.Equal(before.Keys.Append(expected).Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.False(Directory.Exists(journal.Output), "new must not build or write output/");

        var text = File.ReadAllText(Path.Combine(journal.Root, "input", expected));
        Assert.StartsWith("---\ndate: 2026-06-01\nwith: alice-chen\ntype: alignment\n", text, StringComparison.Ordinal);
        Assert.Contains("- [ ] @alice-chen Draft the rollout plan due:2026-05-11\n", text, StringComparison.Ordinal);
        Assert.Contains("- [ ] @me Review Alice's RFC due:2026-05-25\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("design review", text, StringComparison.Ordinal);
        Assert.Contains("- Promo packet timeline\n", text, StringComparison.Ordinal);
        Assert.Contains("  - id: ship-search", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_writes_the_note_when_a_layout_of_the_journals_theme_does_not_compile_which_build_still_refuses()
    {
        // new reads the theme's meeting types and never renders, so it does not compile the layouts (issue #19): a
        // half-edited layout must not stop anyone writing tomorrow's note, while build still names it
        using var journal = WeeklyJournal.Create();
        var layouts = Path.Combine(journal.Root, "theme", "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "note.sbn-html"), "{{ for x in Note.People }}never closed\n");

        var run = ProgramRunner.Program(journal.Root, "new", "alice-chen", "--today", "2026-06-01");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = File.ReadAllText(Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-01-alice-chen.md"));
        Assert.StartsWith("---\ndate: 2026-06-01\nwith: alice-chen\ntype: alignment\n", text, StringComparison.Ordinal);
        var build = ProgramRunner.Program(journal.Root, "build");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("note.sbn-html:1:", build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_note_and_leaves_it_unchanged()
    {
        using var journal = WeeklyJournal.Create();
        var first = ProgramRunner.Program(journal.Root, "new", "alice-chen", "--date", "2026-06-02", "--type", "regular");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var path = Path.Combine(journal.Root, "input", "notes", "2026", "2026-06-02-alice-chen.md");
        Assert.Contains("type: regular\n", File.ReadAllText(path), StringComparison.Ordinal);
        File.WriteAllText(path, "my own edits\n");
        var before = journal.InputSnapshot();

        var second = ProgramRunner.Program(journal.Root, "new", "Alice Chen", "--date", "2026-06-02");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
        Assert.Equal("", second.Stdout.Trim());
        Assert.Equal("my own edits\n", File.ReadAllText(path));
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public void New_accepts_a_first_name_that_one_person_has_and_lists_the_candidates_when_several_do()
    {
        using var journal = WeeklyJournal.Create();
        journal.Person("alice-wong", "name: Alice Wong").Person("carol-lee", "name: Carol Lee");

        var carol = ProgramRunner.Program(journal.Root, "new", "carol", "--date", "2026-06-02");
        Assert.True(carol.ExitCode == 0, carol.Stderr);
        Assert.EndsWith("2026-06-02-carol-lee.md", carol.Stdout.Trim(), StringComparison.Ordinal);

        var before = journal.InputSnapshot();
        var alice = ProgramRunner.Program(journal.Root, "new", "alice", "--date", "2026-06-02");
        Assert.Equal(1, alice.ExitCode);
        Assert.Contains("alice-chen (Alice Chen), alice-wong (Alice Wong)", alice.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Theory]
    [InlineData("nobody-known", "unknown person")]
    [InlineData("alice-chen --type no-such-type", "unknown meeting type")]
    [InlineData("alice-chen --date 2026-02-30", "is not a date")]
    public void New_with_a_bad_person_type_or_date_writes_nothing(string args, string message)
    {
        using var journal = WeeklyJournal.Create();
        var before = journal.InputSnapshot();

        var run = ProgramRunner.Program(journal.Root, ["new", .. args.Split(' ')]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, journal.InputSnapshot());
    }

    [Fact]
    public void New_with_edit_opens_the_new_note_in_EDITOR_after_writing_it()
    {
        using var journal = WeeklyJournal.Create();
        var editor = new Dictionary<string, string?> { ["EDITOR"] = "printf 'edited by the editor\\n' >>" };

        var run = ProgramRunner.Start(ProgramRunner.DotnetHost, journal.Root, editor, [RepoPaths.ProgramDll, "new", "alice-chen", "--date", "2026-06-03", "--edit"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = File.ReadAllText(Path.Combine(journal.Root, run.Stdout.Trim()));
        Assert.StartsWith("---\ndate: 2026-06-03\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\nedited by the editor\n", text, StringComparison.Ordinal);
    }
}
