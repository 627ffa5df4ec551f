namespace OneOnOne.Journal;

/// <summary>The metadata keys that modules set and read, one place so that names never drift.</summary>
public static class Keys
{
    /// <summary><see cref="Parsing.YamlMap"/>: the parsed YAML front matter.</summary>
    public const string FrontMatter = nameof(FrontMatter);

    /// <summary><see cref="bool"/>: true when the file has front matter that could not be read (reported as an error); such a file was meant as a note.</summary>
    public const string FrontMatterFailed = nameof(FrontMatterFailed);

    /// <summary>int: 1-based line number in the source file where the Markdown body starts.</summary>
    public const string BodyLine = nameof(BodyLine);

    /// <summary>string: the Markdown body (front matter removed), as the user wrote it.</summary>
    public const string Markdown = nameof(Markdown);

    /// <summary><see cref="Parsing.MarkdownBody"/>: task items and sections found in the body.</summary>
    public const string Body = nameof(Body);

    /// <summary>string: why the file could not be read as text (binary, not UTF-8), when it could not.</summary>
    public const string ReadError = nameof(ReadError);

    /// <summary>string: the absolute path of a file listed but not read yet (<see cref="Modules.ReadFiles.DeferContent"/>); <see cref="Modules.ReadContent"/> reads it and clears this.</summary>
    public const string FilePath = nameof(FilePath);

    /// <summary>string: the note's slug, unique in the journal (<see cref="Modules.AssignSlugs"/>): its page is <c>/notes/&lt;yyyy&gt;/&lt;slug&gt;/</c>.</summary>
    public const string Slug = nameof(Slug);

    /// <summary><see cref="Domain.Note"/>: the note built from this document.</summary>
    public const string Note = nameof(Note);

    /// <summary>A list of <see cref="Domain.Note"/>: the notes built from one running document, one per dated section (<see cref="Modules.SplitRunningDocuments"/>), instead of <see cref="Note"/>.</summary>
    public const string Notes = nameof(Notes);

    /// <summary><see cref="Domain.Person"/>: the person built from this document.</summary>
    public const string Person = nameof(Person);

    /// <summary><see cref="Domain.MeetingType"/>: the meeting type built from this document.</summary>
    public const string MeetingType = nameof(MeetingType);

    /// <summary><see cref="Domain.JournalModel"/>: the whole journal model.</summary>
    public const string Journal = "Journal";

    /// <summary>string: the name of the layout (template in <c>theme/layouts/</c>) that renders the page.</summary>
    public const string Layout = nameof(Layout);

    /// <summary>object: the model handed to the layout.</summary>
    public const string Model = nameof(Model);

    /// <summary>string: the page title shown in the browser tab.</summary>
    public const string Title = nameof(Title);

    /// <summary>string: the section of the site for the navigation (dashboard, people, goals, ...).</summary>
    public const string Section = nameof(Section);

    /// <summary>bool: the page is a printable sheet (prep sheet, review).</summary>
    public const string Printable = nameof(Printable);

    /// <summary>bool: the page's output from the previous build of the session is still right: it is neither rendered nor written (see <see cref="Engine.ChangeSet.MustRender"/>).</summary>
    public const string Reused = nameof(Reused);

    /// <summary>byte[]: the bytes to write instead of <see cref="Engine.Document.Content"/> (assets, and pages rendered by <c>RenderPageBytes</c>).</summary>
    public const string Bytes = nameof(Bytes);
}
