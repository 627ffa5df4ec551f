using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Pipelines;

/// <summary>
/// The site's pipelines (read → parse → model → render → write), each with its <see cref="Phase"/>; what is listed
/// here is exactly what runs. <see cref="Phase.Input"/>: People and MeetingTypes are read first; Notes depends on both
/// (names, aliases and type ids resolve against them); Journal computes the model. Each page family is its own
/// pipeline on top of Journal, rendered with the theme's layouts and written in parallel: the note pages, people pages
/// and assets in <see cref="Phase.EarlyOutput"/> (what a save most likely shows, so preview reloads them first), every
/// other family and the search index in <see cref="Phase.Output"/>. Names are in <see cref="PipelineNames"/>.
/// </summary>
public static class SitePipelines
{
    /// <summary>
    /// The pipelines that read the journal and compute its model, up to and including Journal
    /// (People, MeetingTypes, Notes, Journal), without rendering or writing anything: what a build
    /// starts with, and all that <c>new</c> needs. Notes and people are read from the folders that
    /// <c>settings.yml</c>'s <c>folders:</c> maps (default <c>input/notes</c>, <c>input/people</c>), inside the vault when
    /// <c>vault:</c> is set (and people from the journal's own <c>input/people</c> as well). A vault's templates and backups
    /// (<see cref="IgnoredFolders"/>) are never read as notes.
    /// </summary>
    public static IReadOnlyList<Pipeline> CreateModel(PipelineContext context)
    {
        var root = context.Options.RootPath;
        var input = context.Options.InputPath;
        var settings = context.Settings;
        var notesFolder = settings.NotesPath(root);
        var peopleFolder = settings.PeoplePath(root);
        // never notes: the people and meeting types (read by their own pipelines), a vault's templates and backups (issue #15)
        List<string> notExcluded = [peopleFolder, Path.Combine(input, "meeting-types"), .. IgnoredFolders.Find(settings.SourceBase(root), notesFolder)];
        ReadFiles[] people = [new ReadFiles(peopleFolder, settings.Label(settings.PeopleFolder))];
        if (settings.Vault is not null)
        {
            // a vault read in place: the journal's own people (init --from --yes writes stubs there, never into the vault) are people too;
            // and a journal kept inside the vault is not read as notes
            people = [.. people, new ReadFiles(Path.Combine(input, "people"), "input/people")];
            if (!IsInside(notesFolder, root))
            {
                notExcluded.Add(root);
            }
        }

        return
        [
            new(PipelineNames.People, [],
                [.. people,
                new RemovePrivateContent { Kind = RemovePrivateContent.FileKind.People },
                new ParseFrontMatter(),
                new RenderMarkdown(),
                new CreatePeople()]) { Phase = Phase.Input },
            new(PipelineNames.MeetingTypes, [],
            [
                new ReadFiles(Theming.Theme.MeetingTypesFolder(context.Options.ThemePath), "theme/meeting-types"),
                new ReadFiles(Path.Combine(input, "meeting-types"), "input/meeting-types"),
                // a meeting type's agenda and template reach the prep sheets and new notes: private ones stay home too
                new RemovePrivateContent(),
                new ParseFrontMatter(),
                new RenderMarkdown(),
                new CreateMeetingTypes(),
            ]) { Phase = Phase.Input },
            new(PipelineNames.Notes, [PipelineNames.People, PipelineNames.MeetingTypes],
            [
                new ReadFiles(notesFolder, settings.Label(settings.NotesFolder), notExcluded) { DeferContent = true, ExcludeGlobs = settings.Exclude },
                new RemovePrivateContent { Kind = RemovePrivateContent.FileKind.Notes },
                new AssignSlugs(),
                new CacheDocuments(PipelineNames.Notes, new InBatches(NoteBatch, new ReadContent(), new MarkTemplates(), new ParseFrontMatter(), new ReadNoteHead(), new ResolveWikiLinks(), new SplitRunningDocuments(new RenderMarkdown(keepSyntax: false, keepMarkdown: false), new CreateNotes())) { KeepOutputs = true }),
                new RememberNotes(),
            ]) { Phase = Phase.Input },
            new(PipelineNames.Journal, [PipelineNames.People, PipelineNames.MeetingTypes, PipelineNames.Notes], [new BuildJournal()]) { Phase = Phase.Input },
        ];
    }

    private static bool IsInside(string path, string folder)
    {
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return (Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar).StartsWith(f, StringComparison.Ordinal);
    }

    /// <summary>Every pipeline of a build, for the given context's paths and publish key.</summary>
    public static IReadOnlyList<Pipeline> Create(PipelineContext context)
    {
        // preview (a cache): a save renders a few pages per family, and running the families side by side gets them out sooner
        var lane = context.Session is null ? PagesLane : null;
        var pipelines = new List<Pipeline>(CreateModel(context))
        {
            new(PipelineNames.Assets, [], [new CopyAssets(), new CreateTextFile("robots.txt", "User-agent: *\nDisallow: /\n"), new WriteFiles()]) { Phase = Phase.EarlyOutput },
            new(PipelineNames.SearchIndex, [PipelineNames.Journal], [new InBatches(SearchBatch, new CreateSearchIndex(), new WriteFiles())]) { Lane = lane },
        };

        // an encrypted publish moves pages to opaque folders and seals them, on their HTML; any other build renders
        // each page straight to its final bytes, links resolved (RenderPageBytes)
        IModule[] Render() => context.Options.PublishKey is null
            ? [new RenderPageBytes()]
            : [new RenderLayout(), new ObscurePaths(), new ResolveLinks(), new SealPages()];
        foreach (var (name, phase, factory) in PageFamilies)
        {
            pipelines.Add(new Pipeline(name, [PipelineNames.Journal],
            [
                new InBatches(PageBatch, [new CreatePages(factory), .. Render(), new WriteFiles()]),
            ]) { Lane = lane, Phase = phase });
        }

        return pipelines;
    }

    /// <summary>
    /// In a build, the page families run one at a time: each renders its pages in parallel already (<c>Parallel.For</c>
    /// in <see cref="RenderPageBytes"/>, <see cref="WriteFiles"/>), so running ten
    /// together on two cores only held ten families' slices at once (docs/benchmarks.md, "Full builds at scale").
    /// </summary>
    private const string PagesLane = "Pages";

    /// <summary>Search index files made and written per slice: the pipeline's output then keeps no file's text (docs/benchmarks.md, "Full builds at scale").</summary>
    private const int SearchBatch = 256;

    /// <summary>Notes parsed and rendered per slice: a full build then holds a slice's intermediate text (front matter, Markdown, syntax trees) at a time, not every note's (docs/benchmarks.md, "Full builds at scale").</summary>
    private const int NoteBatch = 256;

    /// <summary>Pages made, rendered and written per slice: a full build then holds a slice's models and HTML at a time, not a family's (docs/benchmarks.md, "Full builds at scale").</summary>
    private const int PageBatch = 64;

    /// <summary>The page families, in the order a build renders them inside each phase.</summary>
    private static readonly (string Name, Phase Phase, Func<Domain.JournalModel, PipelineContext, IEnumerable<Page>> Factory)[] PageFamilies =
    [
        (PipelineNames.PeoplePages, Phase.EarlyOutput, PeoplePages.Create),
        (PipelineNames.NotePages, Phase.EarlyOutput, NotePages.Create),
        (PipelineNames.DashboardPage, Phase.Output, DashboardPage.Create),
        (PipelineNames.NotesIndexPage, Phase.Output, NotePages.CreateIndex),
        (PipelineNames.GoalPages, Phase.Output, GoalPages.Create),
        (PipelineNames.ActionsPage, Phase.Output, ActionsPage.Create),
        (PipelineNames.PrepPages, Phase.Output, PrepPages.Create),
        (PipelineNames.AttentionPage, Phase.Output, AttentionPage.Create),
        (PipelineNames.ReviewPages, Phase.Output, ReviewPages.Create),
        (PipelineNames.SearchPage, Phase.Output, SearchPage.Create),
    ];
}
