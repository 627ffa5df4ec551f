using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>
/// A journal's files in memory: an <see cref="InMemoryFileSystem"/> with a journal root (<see cref="Root"/>,
/// <c>input/notes</c>, <c>input/people</c>), filled as <see cref="TempJournal"/> fills a folder on disk, and a
/// <see cref="TestPipelineContext"/> over it. Nothing touches the disk but the repository's theme, which is read-only.
/// </summary>
public sealed class TestJournalFiles
{
    /// <summary>The journal root in memory (an absolute path that exists nowhere on disk).</summary>
    public static readonly string Root = Path.Combine(Path.GetPathRoot(Path.GetTempPath()) ?? "/", "in-memory-journal");

    public TestJournalFiles()
    {
        FileSystem.AddFolder(Path.Combine(Root, "input", "notes")).AddFolder(Path.Combine(Root, "input", "people"));
    }

    public InMemoryFileSystem FileSystem { get; } = new();

    public string Notes => Path.Combine(Root, "input", "notes");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Writes <c>settings.yml</c>.</summary>
    public TestJournalFiles Settings(string yaml)
    {
        FileSystem.AddFile(Path.Combine(Root, "settings.yml"), yaml);
        return this;
    }

    /// <summary>Writes <c>input/people/&lt;id&gt;.md</c> with the given front matter lines (no --- needed), as <see cref="TempJournal.Person"/>.</summary>
    public TestJournalFiles Person(string id, string frontMatter = "", string body = "")
    {
        FileSystem.AddFile(Path.Combine(Root, "input", "people", id + ".md"), $"---\n{frontMatter.Trim()}\n---\n{body}\n");
        return this;
    }

    /// <summary>Writes <c>input/notes/&lt;yyyy&gt;/&lt;stem&gt;.md</c>, as <see cref="TempJournal.Note"/>.</summary>
    public TestJournalFiles Note(string stem, string frontMatter, string body = "") =>
        Write($"notes/{stem[..4]}/{stem}.md", $"---\n{frontMatter.Trim()}\n---\n{body}\n");

    /// <summary>Writes <c>input/&lt;relativePath&gt;</c> with exactly this text.</summary>
    public TestJournalFiles Write(string relativePath, string text)
    {
        FileSystem.AddFile(Path.Combine(Root, "input", relativePath), text);
        return this;
    }

    /// <summary>Writes raw bytes at <c>input/&lt;relativePath&gt;</c>.</summary>
    public TestJournalFiles Bytes(string relativePath, byte[] bytes)
    {
        FileSystem.AddFile(Path.Combine(Root, "input", relativePath), bytes);
        return this;
    }

    /// <summary>A context over these files (<see cref="TestPipelineContext.Create"/>).</summary>
    public OneOnOne.Journal.Engine.PipelineContext Context(OneOnOne.Journal.Configuration.BuildMode mode = OneOnOne.Journal.Configuration.BuildMode.Build) =>
        TestPipelineContext.Create(FileSystem, Root, mode);
}
