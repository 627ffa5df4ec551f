using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Server;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Server;

/// <summary>Preview of a journal that reads a vault in place (issue #15): a save in the vault shows, and nothing is written into the vault.</summary>
public sealed class VaultPreviewTests
{
    [Fact]
    public async Task A_save_in_the_vault_rebuilds_the_page_and_the_vault_gets_no_file()
    {
        using var temp = new TempJournal();
        var vault = Path.Combine(temp.Root, "vault");
        var note = Path.Combine(vault, "Meetings", "2026-03-04 Alice.md");
        Directory.CreateDirectory(Path.Combine(vault, "People"));
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        File.WriteAllText(Path.Combine(vault, "People", "Alice Chen.md"), "---\nname: Alice Chen\n---\n");
        File.WriteAllText(note, "---\ndate: 2026-03-04\nwith: alice-chen\n---\nFirst version of the notes.\n");
        var journal = Path.Combine(temp.Root, "journal");
        Directory.CreateDirectory(journal);
        File.WriteAllText(Path.Combine(journal, "settings.yml"), "vault: ../vault\nfolders: { notes: Meetings, people: People }\n");
        var options = BuildOptions.ForRoot(journal, mode: BuildMode.Preview, today: new DateOnly(2026, 3, 30)) with { ThemePath = RepoPaths.Theme };
        var files = Directory.EnumerateFileSystemEntries(vault, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        await using (var preview = await PreviewSession.StartAsync(options, 0))
        {
            Assert.Equal(0, preview.FirstBuild!.Errors);
            Assert.Contains(Pages(options.OutputPath), p => p.Contains("First version", StringComparison.Ordinal));

            File.WriteAllText(note, "---\ndate: 2026-03-04\nwith: alice-chen\n---\nSecond version, saved in the vault.\n");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!Pages(options.OutputPath).Any(p => p.Contains("Second version, saved in the vault.", StringComparison.Ordinal)))
            {
                Assert.True(DateTime.UtcNow < deadline, "the saved note never showed in the preview");
                await Task.Delay(100);
            }
        }

        Assert.Equal(files, Directory.EnumerateFileSystemEntries(vault, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Pages(string output) =>
        Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).Where(f => f.Contains("notes", StringComparison.Ordinal)).Select(File.ReadAllText);
}
