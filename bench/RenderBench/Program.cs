using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Pipelines;
using OneOnOne.Journal.Site;
using OneOnOne.Journal.Theming;

namespace OneOnOne.Journal.RenderBench;

public static class Program
{
    /// <summary>
    /// <c>RenderBench loop note|person SECONDS</c> renders one page kind over and over and prints microseconds per page
    /// (a steady state to profile with dotnet-trace or perf); anything else goes to BenchmarkDotNet.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["loop", var kind, var seconds])
        {
            Loop(kind, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>Renders one page kind's layout (without the base layout and links) on this thread over and over; prints CPU microseconds per page.</summary>
    private static void Loop(string kind, double seconds)
    {
        var bench = new RenderOnePage();
        bench.Setup();
        var render = bench.LayoutOnly(kind == "note");
        for (var round = 0; round < 5; round++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var n = 0;
            while (watch.Elapsed.TotalSeconds < seconds / 5)
            {
                render();
                n++;
            }

            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{kind}: {cpu.TotalMicroseconds / n:F1} us CPU, {watch.Elapsed.TotalMicroseconds / n:F1} us wall per page ({n} pages)");
        }
    }
}

/// <summary>
/// Renders one page of the sample journal (<c>input/</c>) with the repository's theme, the way a build
/// does: one page document as <see cref="CreatePages"/> makes it, through <see cref="RenderPageBytes"/>
/// (the page's layout inside the base layout, links resolved, UTF-8 bytes out, as in a build without a
/// publish key). Issue 17 item 5: since the move this renders with Scriban (the side-by-side with Handlebars.Net is in docs/benchmarks.md).
/// </summary>
/// <remarks>
/// Each operation is one <see cref="RenderPageBytes"/> call (what a build renders a page with) on a one-page slice, so it includes rendering the
/// section's base layout once with placeholders (its "frame"), which a build does once per slice of
/// 64 pages: the figure is an upper bound of one page's share in a build.
/// </remarks>
[MemoryDiagnoser]
public class RenderOnePage
{
    /// <summary>A fixed "today", so that the figures do not depend on the day they are taken (overdue tasks, former people).</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    private PipelineContext _context = null!;
    private Document _note = null!;
    private Document _person = null!;
    private readonly RenderPageBytes _render = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var options = new BuildOptions
        {
            RootPath = root,
            OutputPath = Path.Combine(Path.GetTempPath(), "oneonone-renderbench-unused"),
            ThemePath = Path.Combine(root, "theme"),
            Today = Today,
        };
        var (settings, _) = SiteBuilder.LoadSettings(root);
        _context = new PipelineContext(options, settings, Theme.Load(options.ThemePath));
        new PipelineEngine(SitePipelines.CreateModel(_context)).RunAsync(_context).GetAwaiter().GetResult();
        var journal = BuildJournal.From(_context);

        // the note with the longest body, and the person with the most notes: the largest page of each kind
        var note = journal.Notes.MaxBy(n => n.BodyHtml.Length) ?? throw new InvalidOperationException("the sample journal has no note");
        var person = journal.People.MaxBy(p => journal.NotesFor(p.Id).Count) ?? throw new InvalidOperationException("the sample journal has no person");
        _note = PageDocument(NotePages.Create, note.Permalink + "index.html");
        _person = PageDocument(PeoplePages.Create, $"people/{person.Id}/index.html");
        Console.WriteLine($"// note page {_note.Destination}: {RenderedBytes(_note)} bytes; person page {_person.Destination}: {RenderedBytes(_person)} bytes");
    }

    /// <summary>Renders the note or person page's own layout with its model, on the calling thread (the loop mode's unit of work).</summary>
    public Func<string> LayoutOnly(bool note)
    {
        var page = note ? _note : _person;
        var layout = page.Get<string>(Keys.Layout)!;
        var model = page.Get<object>(Keys.Model)!;
        return () => _context.Theme.Render(layout, model);
    }

    [Benchmark]
    public Document NotePage() => _render.ExecuteAsync([_note], _context).GetAwaiter().GetResult()[0];

    [Benchmark]
    public Document PersonPage() => _render.ExecuteAsync([_person], _context).GetAwaiter().GetResult()[0];

    /// <summary>The page document a build makes for <paramref name="destination"/> (its family's factory, then <see cref="CreatePages"/>).</summary>
    private Document PageDocument(Func<Domain.JournalModel, PipelineContext, IEnumerable<Page>> family, string destination)
    {
        var page = family(BuildJournal.From(_context), _context).Single(p => p.Destination == destination);
        return new CreatePages((_, _) => [page]).Stream([], _context).Single();
    }

    private int RenderedBytes(Document page) =>
        _render.ExecuteAsync([page], _context).GetAwaiter().GetResult()[0].Get<byte[]>(Keys.Bytes)?.Length
        ?? throw new InvalidOperationException($"{page.Destination} was not rendered to bytes");

    /// <summary>The repository root (the folder with <c>OneOnOne.Journal.sln</c>) above this program, wherever BenchmarkDotNet runs it from.</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneOnOne.Journal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (no OneOnOne.Journal.sln above " + AppContext.BaseDirectory + ")");
    }
}
