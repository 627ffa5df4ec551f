using Markdig.Syntax;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Pipelines;

namespace OneOnOne.Journal.Modules;

/// <summary>
/// Builds a <see cref="MeetingType"/> (<see cref="Keys.MeetingType"/>) from each meeting-type file.
/// A type from <c>input/meeting-types/</c> replaces the theme's type with the same id (DESIGN.md,
/// "Journal layout"); new ids are added after the theme's.
/// </summary>
public sealed class CreateMeetingTypes : IModule
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var order = new List<string>();
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in inputs)
        {
            var syntax = doc.Get<MarkdownDocument>(RenderMarkdown.Syntax) ?? new MarkdownDocument();
            var type = MeetingTypeFactory.Create(doc.Source ?? "?", doc.Get<YamlMap>(Keys.FrontMatter), syntax, doc.Content);
            if (!byId.ContainsKey(type.Id))
            {
                order.Add(type.Id);
            }

            byId[type.Id] = doc.With(RenderMarkdown.Syntax, null).With(Keys.MeetingType, type);
        }

        return Task.FromResult<IReadOnlyList<Document>>([.. order.Select(id => byId[id])]);
    }

    /// <summary>The meeting types of the MeetingTypes pipeline, in order.</summary>
    public static IReadOnlyList<MeetingType> From(PipelineContext context) =>
        [.. context.OutputOf(PipelineNames.MeetingTypes).Select(d => d.Get<MeetingType>(Keys.MeetingType)).OfType<MeetingType>()];
}
