using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>Builds a <see cref="MeetingType"/> from a meeting-type file (front matter <c>id</c>, <c>name</c>, <c>purpose</c>, <c>duration</c>, <c>who-leads</c>, <c>source</c>; an "Agenda" section of <c>- N min: text</c> items).</summary>
public static partial class MeetingTypeFactory
{
    /// <summary>Builds the meeting type.</summary>
    /// <param name="sourcePath">The file; its stem is the id unless the front matter gives one.</param>
    /// <param name="frontMatter">The front matter, or null.</param>
    /// <param name="body">The parsed body.</param>
    /// <param name="bodyHtml">The rendered body.</param>
    public static MeetingType Create(string sourcePath, YamlMap? frontMatter, MarkdownDocument body, string bodyHtml)
    {
        var fm = frontMatter ?? YamlMap.Empty;
        var id = Slug.From(fm.Text("id") ?? Path.GetFileNameWithoutExtension(sourcePath));
        int? duration = int.TryParse(fm.Text("duration")?.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null;
        return new MeetingType(
            id,
            fm.Text("name") ?? Person.NameFromId(id),
            fm.Text("purpose") ?? "",
            duration,
            fm.Text("who-leads", "lead", "leads"),
            fm.Text("source", "source-url", "url"),
            fm.Text("source-title"),
            ReadAgenda(body),
            bodyHtml,
            sourcePath);
    }

    private static List<AgendaItem> ReadAgenda(MarkdownDocument body)
    {
        var items = new List<AgendaItem>();
        var inAgenda = false;
        foreach (var block in body)
        {
            if (block is HeadingBlock heading)
            {
                inAgenda = MarkdownAnalyzer.InlineText(heading.Inline).Trim().StartsWith("agenda", StringComparison.OrdinalIgnoreCase);
            }
            else if (inAgenda && block is ListBlock list)
            {
                foreach (var paragraph in list.OfType<ListItemBlock>().Select(i => i.OfType<ParagraphBlock>().FirstOrDefault()))
                {
                    var text = MarkdownAnalyzer.InlineText(paragraph?.Inline);
                    var match = MinutesPattern().Match(text);
                    items.Add(match.Success
                        ? new AgendaItem(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), text[match.Length..].Trim())
                        : new AgendaItem(null, text));
                }
            }
        }

        return items;
    }

    [GeneratedRegex(@"^(\d+)\s*(?:min|minutes|m)\b\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesPattern();
}
