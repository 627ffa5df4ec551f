using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using HandlebarsDotNet;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Site;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.RenderBench;

/// <summary>
/// The two template engines side by side (issue 17, item 5): the same note page and person page of the sample
/// journal, the same typed models, rendered into the same pooled buffer, page layout then base layout (the base
/// layout gets the page's HTML as Body), with Handlebars.Net 2.4.3 and the Handlebars theme as it was before the
/// move (copied into <c>handlebars/</c>) and with Scriban and the repository's theme. Only the engines differ: no
/// link resolving, no UTF-8 bytes, no per-section frame (that is <see cref="RenderOnePage"/>).
/// </summary>
[MemoryDiagnoser]
public partial class EnginePerPage
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private Theme _scriban = null!;
    private Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _handlebars = null!;
    private object _noteModel = null!;
    private object _personModel = null!;
    private Func<Html, object> _noteShell = null!;
    private Func<Html, object> _personShell = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RenderOnePage.FindRoot();
        var options = new BuildOptions
        {
            RootPath = root,
            OutputPath = Path.Combine(Path.GetTempPath(), "oneonone-renderbench-unused"),
            ThemePath = Path.Combine(root, "theme"),
            Today = Today,
        };
        var (settings, _) = SiteBuilder.LoadSettings(root);
        _scriban = Theme.Load(options.ThemePath);
        var context = new PipelineContext(options, settings, _scriban);
        new PipelineEngine(SitePipelines.CreateModel(context)).RunAsync(context).GetAwaiter().GetResult();
        var journal = BuildJournal.From(context);
        var shell = new ShellFactory(journal, context);
        var note = journal.Notes.MaxBy(n => n.BodyHtml.Length)!;
        var person = journal.People.MaxBy(p => journal.NotesFor(p.Id).Count)!;
        var notePage = NotePages.Create(journal, context).Single(p => p.Destination == note.Permalink + "index.html");
        var personPage = PeoplePages.Create(journal, context).Single(p => p.Destination == $"people/{person.Id}/index.html");
        var noteDoc = new CreatePages((_, _) => [notePage]).Stream([], context).Single();
        var personDoc = new CreatePages((_, _) => [personPage]).Stream([], context).Single();
        _noteModel = noteDoc.Get<object>(Keys.Model)!;
        _personModel = personDoc.Get<object>(Keys.Model)!;
        _noteShell = body => shell.Create(noteDoc, body);
        _personShell = body => shell.Create(personDoc, body);
        _handlebars = CompileHandlebars(Path.Combine(root, "bench", "RenderBench", "handlebars"));

        var (h, s) = (NoteHandlebars(), NoteScriban());
        Console.WriteLine($"// note page: Handlebars {h} chars, Scriban {s} chars, {(h == s ? "identical" : "DIFFERENT")}");
        (h, s) = (PersonHandlebars(), PersonScriban());
        Console.WriteLine($"// person page: Handlebars {h} chars, Scriban {s} chars, {(h == s ? "identical" : "DIFFERENT")}");
    }

    [Benchmark]
    public int NoteHandlebars() => Handlebars("note", _noteModel, _noteShell);

    [Benchmark]
    public int NoteScriban() => Scriban("note", _noteModel, _noteShell);

    [Benchmark]
    public int PersonHandlebars() => Handlebars("person", _personModel, _personShell);

    [Benchmark]
    public int PersonScriban() => Scriban("person", _personModel, _personShell);

    private int Scriban(string layout, object model, Func<Html, object> shell)
    {
        using var page = new TextBuffer();
        _scriban.Render(layout, model, page);
        using var whole = new TextBuffer();
        _scriban.Render("base", shell(new Html(page.ToString())), whole);
        return whole.Length;
    }

    private int Handlebars(string layout, object model, Func<Html, object> shell)
    {
        using var page = new TextBuffer();
        _handlebars[layout](page, model, null);
        using var whole = new TextBuffer();
        _handlebars["base"](whole, shell(new Html(page.ToString())), null);
        return whole.Length;
    }

    /// <summary>The Handlebars theme loaded as <c>Theme.Load</c> did before the move (indented partial tags unindented, issue #14).</summary>
    private static Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> CompileHandlebars(string folder)
    {
        var handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "partials"), "*.hbs"))
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), Read(file));
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "layouts"), "*.hbs"))
        {
            using var reader = new StringReader(Read(file));
            layouts[Path.GetFileNameWithoutExtension(file)] = handlebars.Compile(reader);
        }

        return layouts;
    }

    private static string Read(string file) => IndentedPartial().Replace(File.ReadAllText(file), "${tag}");

    [GeneratedRegex(@"^[ \t]+(?<tag>\{\{~?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();
}
