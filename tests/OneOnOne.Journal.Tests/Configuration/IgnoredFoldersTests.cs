using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Configuration;

/// <summary>The folders of a vault never read as notes (issue #15): templates named by the plugins' settings, Logseq's backups; malformed settings never throw.</summary>
public sealed class IgnoredFoldersTests
{
    [Fact]
    public void The_templates_folders_of_both_plugins_and_logseq_backups_are_ignored_where_the_vault_keeps_them()
    {
        using var temp = new TempJournal();
        var input = Path.Combine(temp.Root, "input");
        temp.Write("Vault/.obsidian/templates.json", "{ \"folder\": \"/Meta/Templates/\", \"dateFormat\": \"YYYY-MM-DD\" }");
        temp.Write("Vault/.obsidian/plugins/templater-obsidian/data.json", "{ \"templates_folder\": \"Templater\" }");

        var found = IgnoredFolders.Find(input, Path.Combine(input, "Vault", "Meetings"));

        Assert.Contains(Path.Combine(input, "Vault", "Meta", "Templates"), found);
        Assert.Contains(Path.Combine(input, "Vault", "Templater"), found);
        Assert.Contains(Path.Combine(input, "logseq", "bak"), found);
        Assert.Contains(Path.Combine(input, "Vault", "logseq", ".recycle"), found);
    }

    [Theory]
    [InlineData("{ \"folder\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"folder\": 3 }")]
    [InlineData("{ \"folder\": \"../..\" }")]
    [InlineData("{ \"folder\": \"/\" }")]
    [InlineData("\u00ff\u00fe not json")]
    [InlineData("")]
    public void A_malformed_or_useless_settings_file_names_no_folder(string json)
    {
        using var temp = new TempJournal();
        temp.Write("vault/.obsidian/templates.json", json); // under input/ (TempJournal.Write)
        var vault = Path.Combine(temp.Root, "input", "vault");

        Assert.Null(IgnoredFolders.TemplatesFolder(Path.Combine(vault, ".obsidian", "templates.json"), "folder"));
        Assert.Equal(3, IgnoredFolders.Find(vault, vault).Count);
    }
}
