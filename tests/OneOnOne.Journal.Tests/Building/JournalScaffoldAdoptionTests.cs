using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Building;

/// <summary>The pure parts of <c>init --from</c> (issue #15): the notes folder proposed, the people folder found, the settings written.</summary>
public sealed class JournalScaffoldAdoptionTests
{
    [Theory]
    [InlineData("Meetings/1on1/2025/a.md|Meetings/1on1/2026/b.md", "Meetings/1on1")]
    [InlineData("Meetings/2026/a.md|Meetings/2026/b.md", "Meetings")]
    [InlineData("Meetings/2026/01/a.md", "Meetings")]
    [InlineData("Work/1-1s/2026-01/a.md", "Work/1-1s")]
    [InlineData("a.md|Meetings/b.md", ".")]
    [InlineData("2026/a.md", ".")]
    [InlineData("", ".")]
    public void The_notes_folder_holds_every_note_and_is_not_a_year_folder(string files, string expected) =>
        Assert.Equal(expected, JournalScaffold.CommonFolder(files.Split('|', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void The_people_folder_is_the_shallowest_folder_named_like_one_that_holds_markdown()
    {
        using var temp = new TempJournal();
        var vault = Path.Combine(temp.Root, "input", "vault"); // TempJournal.Write writes under input/
        temp.Write("vault/Work/Team/notes.md", "x");
        temp.Write("vault/Areas/People/Jordan.md", "x");
        temp.Write("vault/.archive/People/Old.md", "x");
        Directory.CreateDirectory(Path.Combine(vault, "people")); // empty: not it

        Assert.Equal("Areas/People", JournalScaffold.FindPeopleFolder(vault));
        Assert.Null(JournalScaffold.FindPeopleFolder(Path.Combine(vault, "Areas", "People")));
    }

    [Fact]
    public void The_settings_written_read_back_as_the_vault_and_its_folders_even_with_quotes_in_the_path()
    {
        var text = JournalScaffold.AdoptionSettings("/home/me/Bob's Vault: work", "Meetings/1on1", null);

        var (settings, diagnostics) = JournalSettings.Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal("/home/me/Bob's Vault: work", settings.Vault);
        Assert.Equal("Meetings/1on1", settings.NotesFolder);
        Assert.Equal("people", settings.PeopleFolder);
        Assert.Equal(Path.Combine("/home/me/Bob's Vault: work", "Meetings", "1on1"), settings.NotesPath("/elsewhere/journal"));
        Assert.Equal("vault/Meetings/1on1", settings.Label(settings.NotesFolder));
    }

    [Fact]
    public void A_relative_vault_is_relative_to_the_journal_root()
    {
        var (settings, _) = JournalSettings.Parse("vault: ../Notes\nfolders: { notes: ., people: People }\n");

        Assert.Equal(Path.GetFullPath("/j/Notes"), settings.VaultPath("/j/journal"));
        Assert.Equal(Path.GetFullPath("/j/Notes"), settings.NotesPath("/j/journal"));
        Assert.Equal(Path.GetFullPath("/j/Notes/People"), settings.PeoplePath("/j/journal"));
        Assert.Equal("vault", settings.Label("."));
    }
}
