using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Tests.Configuration;

/// <summary>settings.yml <c>folders:</c> maps the notes and people folders inside input/ (for Obsidian vaults); anything outside input/ is refused with a warning.</summary>
public sealed class JournalSettingsFoldersTests
{
    [Fact]
    public void Defaults_are_notes_and_people()
    {
        var (settings, diagnostics) = JournalSettings.Parse("title: x\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("notes", "people"), (settings.NotesFolder, settings.PeopleFolder));
    }

    [Theory]
    [InlineData("folders: { notes: Meetings, people: People }", "Meetings", "People")]
    [InlineData("folders:\n  notes: Work/1on1/\n", "Work/1on1", "people")]
    [InlineData("folders:\n  notes: 'Work\\1on1'\n  people: ./People\n", "Work/1on1", "People")]
    [InlineData("folders: { notes: ., people: People }", ".", "People")]
    [InlineData("folders: { notes: '' }", "notes", "people")]
    public void Folders_map_notes_and_people_relative_to_input(string yaml, string notes, string people)
    {
        var (settings, diagnostics) = JournalSettings.Parse(yaml + "\n");
        Assert.Empty(diagnostics);
        Assert.Equal((notes, people), (settings.NotesFolder, settings.PeopleFolder));
    }

    [Theory]
    [InlineData("folders: { notes: ../elsewhere }", "notes")]
    [InlineData("folders: { people: /home/me/People }", "people")]
    [InlineData("folders: { notes: 'C:\\Vault' }", "notes")]
    [InlineData("folders: { notes: [a, b] }", "notes")]
    [InlineData("folders: Meetings", "folders")]
    public void Folders_outside_input_or_not_a_map_are_warned_about_and_ignored(string yaml, string key)
    {
        var (settings, diagnostics) = JournalSettings.Parse("title: x\n" + yaml + "\n");
        var warning = Assert.Single(diagnostics);
        Assert.Contains(key, warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, warning.Line);
        Assert.Equal(("notes", "people"), (settings.NotesFolder, settings.PeopleFolder));
    }
}
