using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;

namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// A journal in a fresh temporary folder: write people, notes and settings as real files, build it
/// with the real pipeline (the repository's theme), and read the output pages with AngleSharp.
/// Deleted on dispose.
/// </summary>
public sealed class TempJournal : IDisposable
{
    public static readonly DateOnly DefaultToday = new(2026, 6, 30);

    public TempJournal(bool withTheme = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "oneonone-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "input", "notes"));
        Directory.CreateDirectory(Path.Combine(Root, "input", "people"));
        if (withTheme)
        {
            CopyDirectory(RepoPaths.Theme, Path.Combine(Root, "theme"));
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public BuildResult? Result { get; private set; }

    /// <summary>Copies a whole folder (e.g. the sample journal's input) into this journal.</summary>
    public static TempJournal CopyOf(string inputFolder, string? settingsFile = null)
    {
        var journal = new TempJournal();
        CopyDirectory(inputFolder, Path.Combine(journal.Root, "input"));
        if (settingsFile is not null && File.Exists(settingsFile))
        {
            System.IO.File.Copy(settingsFile, Path.Combine(journal.Root, "settings.yml"));
        }

        return journal;
    }

    public TempJournal Settings(string yaml)
    {
        System.IO.File.WriteAllText(Path.Combine(Root, "settings.yml"), yaml);
        return this;
    }

    /// <summary>Writes <c>input/people/&lt;id&gt;.md</c> with the given front matter lines (no --- needed).</summary>
    public TempJournal Person(string id, string frontMatter = "", string body = "")
    {
        System.IO.File.WriteAllText(Path.Combine(Root, "input", "people", id + ".md"), $"---\n{frontMatter.Trim()}\n---\n{body}\n");
        return this;
    }

    /// <summary>Writes a note at <c>input/notes/&lt;relativePath&gt;</c> with exactly this text.</summary>
    public TempJournal Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, "input", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Writes raw bytes at <c>input/&lt;relativePath&gt;</c>.</summary>
    public TempJournal Bytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, "input", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a note <c>input/notes/&lt;yyyy&gt;/&lt;stem&gt;.md</c> with front matter and body.</summary>
    public TempJournal Note(string stem, string frontMatter, string body = "")
    {
        return Write($"notes/{stem[..4]}/{stem}.md", $"---\n{frontMatter.Trim()}\n---\n{body}\n");
    }

    public BuildOptions Options(BuildMode mode = BuildMode.Build, DateOnly? today = null) => new()
    {
        RootPath = Root,
        OutputPath = Output,
        ThemePath = Directory.Exists(Path.Combine(Root, "theme")) ? Path.Combine(Root, "theme") : RepoPaths.Theme,
        Mode = mode,
        Today = today ?? DefaultToday,
    };

    /// <summary>A pipeline context for this journal as a build makes it (its settings, the theme in use), for running pipelines or modules directly.</summary>
    public OneOnOne.Journal.Engine.PipelineContext Context(BuildMode mode = BuildMode.Build)
    {
        var options = Options(mode);
        var (settings, _) = SiteBuilder.LoadSettings(options.RootPath);
        return new OneOnOne.Journal.Engine.PipelineContext(options, settings, OneOnOne.Journal.Theming.Theme.Load(options.ThemePath));
    }

    public async Task<BuildResult> BuildAsync(BuildMode mode = BuildMode.Build, DateOnly? today = null)
    {
        Result = await SiteBuilder.BuildAsync(Options(mode, today));
        Assert.Null(Result.Refused);
        return Result;
    }

    /// <summary>Parses an output page, e.g. <c>people/alice/index.html</c>. Fails when it does not exist.</summary>
    public IHtmlDocument Page(string relative)
    {
        var path = Path.Combine(Output, relative);
        Assert.True(System.IO.File.Exists(path), $"expected output page {relative}");
        return new HtmlParser().ParseDocument(System.IO.File.ReadAllText(path));
    }

    public bool Exists(string relative) => System.IO.File.Exists(Path.Combine(Output, relative));

    /// <summary>Hash of every file under input/ (path → SHA-256), to prove the build wrote nothing there.</summary>
    public IReadOnlyDictionary<string, string> InputSnapshot() => Snapshot(Path.Combine(Root, "input"));

    public static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(f))));

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
