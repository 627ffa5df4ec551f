using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Testing;

/// <summary>Documents as the reading modules make them, for a module test that starts later in a pipeline (in the spirit of Statiq.Testing's <c>TestDocument</c>).</summary>
public static class TestDocuments
{
    /// <summary>A note read from <c>input/notes/&lt;yyyy&gt;/&lt;stem&gt;.md</c>: its source and its whole text (front matter and body).</summary>
    public static Document Note(string stem, string frontMatter, string body = "") =>
        Document.Create($"input/notes/{stem[..4]}/{stem}.md", null, $"---\n{frontMatter.Trim()}\n---\n{body}\n");

    /// <summary>A page to write: a destination and its text.</summary>
    public static Document Page(string destination, string content) => Document.Create(null, destination, content);

    /// <summary>A file to write: a destination and its bytes (<see cref="Keys.Bytes"/>).</summary>
    public static Document File(string destination, byte[] bytes) => Document.Create(null, destination, "").With(Keys.Bytes, bytes);
}
