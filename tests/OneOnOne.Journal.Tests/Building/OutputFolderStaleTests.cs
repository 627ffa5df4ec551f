using OneOnOne.Journal.Building;

namespace OneOnOne.Journal.Tests.Building;

/// <summary><see cref="OutputFolder.RemoveStale"/>: files the build did not produce go, with the folders they leave empty; everything produced and the marker stay.</summary>
public sealed class OutputFolderStaleTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("output-stale-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private void Touch(string relative)
    {
        var path = Path.Combine(_output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relative);
    }

    private List<string> Files() =>
        [.. Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Stale_files_and_the_folders_they_leave_empty_are_removed()
    {
        string[] produced = ["index.html", "people/alice/index.html", "notes/2026/" + new string('x', 200) + "/" + new string('y', 100) + "/index.html", "assets/site.css", ".well-known/x.txt"];
        foreach (var f in produced)
        {
            Touch(f);
        }

        Touch(OutputFolder.Marker);
        Touch("people/bob/index.html");
        Touch("notes/2025/old/index.html");
        Touch("notes/2026/gone/index.html");
        Touch(".hidden-stale");
        Touch("people/alice/extra.html");
        Directory.CreateDirectory(Path.Combine(_output, "empty", "nested"));

        var deleted = OutputFolder.RemoveStale(_output, produced);

        Assert.Equal(5, deleted);
        Assert.Equal([.. produced.Append(OutputFolder.Marker).Order(StringComparer.Ordinal)], Files());
        Assert.False(Directory.Exists(Path.Combine(_output, "people", "bob")));
        Assert.False(Directory.Exists(Path.Combine(_output, "notes", "2025")));
        Assert.False(Directory.Exists(Path.Combine(_output, "empty")));
        Assert.True(Directory.Exists(Path.Combine(_output, "notes", "2026")));
    }

    [Fact]
    public void A_folder_without_the_marker_is_left_alone()
    {
        Touch("thesis.docx");
        Assert.Equal(0, OutputFolder.RemoveStale(_output, []));
        Assert.Equal(["thesis.docx"], Files());
    }
}
