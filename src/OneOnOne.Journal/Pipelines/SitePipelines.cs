using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Modules;
using OneOnOne.Journal.Site;

namespace OneOnOne.Journal.Pipelines;

/// <summary>
/// The site's pipelines (read → parse → model → render → write). People and MeetingTypes are read
/// first; Notes depends on both (names, aliases and type ids resolve against them); Journal computes
/// the model; each page family is its own pipeline on top of Journal, rendered with the theme's
/// layouts and written in parallel.
/// </summary>
public static class SitePipelines
{
    /// <summary>Every pipeline of a build, for the given context's paths.</summary>
    public static IReadOnlyList<Pipeline> Create(PipelineContext context)
    {
        var input = context.Options.InputPath;
        var pipelines = new List<Pipeline>
        {
            new(CreatePeople.Pipeline,
                new ReadFiles(Path.Combine(input, "people"), "input/people"),
                new ParseFrontMatter(),
                new RenderMarkdown(),
                new CreatePeople()),
            new(CreateMeetingTypes.Pipeline,
                new ReadFiles(context.Theme.MeetingTypesPath, "theme/meeting-types"),
                new ReadFiles(Path.Combine(input, "meeting-types"), "input/meeting-types"),
                new ParseFrontMatter(),
                new RenderMarkdown(),
                new CreateMeetingTypes()),
            new(CreateNotes.Pipeline, [CreatePeople.Pipeline, CreateMeetingTypes.Pipeline],
            [
                new ReadFiles(Path.Combine(input, "notes"), "input/notes"),
                new ParseFrontMatter(),
                new ResolveWikiLinks(),
                new RenderMarkdown(),
                new CreateNotes(),
            ]),
            new(BuildJournal.Pipeline, [CreatePeople.Pipeline, CreateMeetingTypes.Pipeline, CreateNotes.Pipeline], [new BuildJournal()]),
            new(CreateSearchIndex.Pipeline, [BuildJournal.Pipeline], [new CreateSearchIndex(), new WriteFiles()]),
            new("Assets", new CopyAssets(), new CreateTextFile("robots.txt", "User-agent: *\nDisallow: /\n"), new WriteFiles()),
        };

        foreach (var (name, factory) in PageFamilies)
        {
            pipelines.Add(new Pipeline(name, [BuildJournal.Pipeline],
            [
                new CreatePages(factory),
                new RenderLayout(),
                new ResolveLinks(),
                new WriteFiles(),
            ]));
        }

        return pipelines;
    }

    private static readonly (string Name, Func<Domain.JournalModel, PipelineContext, IEnumerable<Page>> Factory)[] PageFamilies =
    [
        ("DashboardPage", DashboardPage.Create),
        ("PeoplePages", PeoplePages.Create),
        ("NotePages", NotePages.Create),
        ("GoalPages", GoalPages.Create),
        ("ActionsPage", ActionsPage.Create),
        ("PrepPages", PrepPages.Create),
        ("AttentionPage", AttentionPage.Create),
        ("SearchPage", SearchPage.Create),
    ];
}
