using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Pipelines;

namespace OneOnOne.Journal.Modules;

/// <summary>Builds a <see cref="Person"/> (<see cref="Keys.Person"/>) from each person file; two files with the same id keep the first and warn.</summary>
public sealed class CreatePeople : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outputs = new List<Document>();
        var ownerKey = ActionKey.From(context.Settings.Owner);
        foreach (var doc in inputs)
        {
            var (person, diagnostics) = PersonFactory.Create(doc.Source ?? "?", doc.Get<YamlMap>(Keys.FrontMatter), doc.Content, context.Settings.DefaultCadence);
            foreach (var d in diagnostics)
            {
                context.Report(d);
            }

            // the owner's own person file, named by settings 'owner', is the owner whatever relationship it states
            if (ActionKey.From(person.Id) == ownerKey || ActionKey.From(person.Name) == ownerKey)
            {
                person = person with { Relationship = Relationship.Self };
            }

            if (!seen.Add(person.Id))
            {
                context.Report(Diagnostic.Warning(person.SourcePath, 1, $"another person file already has the id '{person.Id}'; this one is ignored"));
                continue;
            }

            outputs.Add(doc.With(RenderMarkdown.Syntax, null).With(Keys.Person, person));
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The people of the People pipeline as a directory (the pipeline must be a dependency).</summary>
    public static PersonDirectory DirectoryFrom(PipelineContext context) =>
        new(context.OutputOf(PipelineNames.People).Select(d => d.Get<Person>(Keys.Person)).OfType<Person>());
}
