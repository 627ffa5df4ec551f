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
        var session = context.Session?.Get<Memo>();
        var memo = session?.Trackers;
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
            context.Changes!.Affect(memo.RetrackedPeople);
        }
        foreach (var d in diagnostics.Concat(inferredInfos))
        {
            context.Report(d);
        }

        session?.EndModel(context.Diagnostics, context.Changes!);

        return Task.FromResult<IReadOnlyList<Document>>([Document.Create(null, null, "").With(Keys.Journal, journal)]);
    }

    /// <summary>What <see cref="BuildJournal"/> keeps from one build of a preview session to the next (a <see cref="SessionState"/> memo).</summary>
    internal sealed class Memo
    {
        private HashSet<string> _previousProblems = new(StringComparer.Ordinal);

        /// <summary>Goals and actions tracked per person or group, reused for the people the change does not touch.</summary>
        public TrackerMemo Trackers { get; } = new();

        /// <summary>Ends the model: when the problems differ from the previous build's, every page is rendered (the navigation counts them, note pages list them).</summary>
        public void EndModel(IEnumerable<Diagnostic> diagnostics, ChangeSet changes)
        {
            var now = diagnostics.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
            if (!now.SetEquals(_previousProblems))
            {
                changes.AffectEverything();
            }

            _previousProblems = now;
        }
    }

    /// <summary>The journal built by the Journal pipeline.</summary>
    public static JournalModel From(PipelineContext context) => context.OutputOf(PipelineNames.Journal)[0].Get<JournalModel>(Keys.Journal)!;
}
