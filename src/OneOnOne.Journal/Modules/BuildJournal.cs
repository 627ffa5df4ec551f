using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Pipelines;

namespace OneOnOne.Journal.Modules;

/// <summary>Computes the <see cref="JournalModel"/> model from the People, MeetingTypes and Notes pipelines into one document (<see cref="Keys.Journal"/>).</summary>
public sealed class BuildJournal : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var notes = CreateNotes.From(context);
        var filed = context.OutputOf(PipelineNames.People).Select(d => d.Get<Person>(Keys.Person)).OfType<Person>().ToList();
        // the hint names the people folder as mapped: input/People, or vault/People for a vault read in place
        var folder = context.Settings.Label(context.Settings.PeopleFolder);
        var (inferred, inferredInfos) = InferredPeople.From(filed, notes, context.Settings.DefaultCadence, folder);
        var people = filed.Concat(inferred);
        var types = CreateMeetingTypes.From(context);
        if (types.Count == 0)
        {
            types = [new MeetingType(MeetingType.DefaultId, "Regular 1:1", "", 30, null, null, null, [], "", "(built in)")];
        }

        var today = context.Options.Today ?? context.Settings.TodayFrom(DateTimeOffset.Now);
        var memo = context.Cache is { } cache ? Memos.GetValue(cache, _ => new TrackerMemo()) : null;
        var (journal, diagnostics) = JournalBuilder.Build(
            context.Settings.Title,
            context.Settings.Owner,
            today,
            context.Settings.StaleGoalDays,
            people,
            notes,
            types,
            memo);
        if (memo is not null)
        {
            // an item of a shared meeting closed in a note with only one of its people changes the other's pages too
            context.Cache!.Affect(memo.RetrackedPeople);
        }
        foreach (var d in diagnostics.Concat(inferredInfos))
        {
            context.Report(d);
        }

        context.Cache?.EndModel(context.Diagnostics);

        return Task.FromResult<IReadOnlyList<Document>>([Document.Create(null, null, "").With(Keys.Journal, journal)]);
    }

    // goals and actions tracked per person or group in a long-lived session (preview), kept beside its cache
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentCache, TrackerMemo> Memos = new();

    /// <summary>The journal built by the Journal pipeline.</summary>
    public static JournalModel From(PipelineContext context) => context.OutputOf(PipelineNames.Journal)[0].Get<JournalModel>(Keys.Journal)!;
}
