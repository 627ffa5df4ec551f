using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Syntax;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Builds a <see cref="MeetingType"/> from a meeting-type file (docs/journal-format.md, "Meeting types"):
/// front matter <c>id</c>, <c>name</c>, <c>purpose</c>, <c>duration</c>, <c>who-leads</c>, <c>source</c>,
/// <c>source-title</c>; a body that is either one guide for every side (an "Agenda" section of
/// <c>- N min: text</c> items among others) or one level-1 section per side of the table:
/// <c># Leading: As their manager</c>, <c># Attending: As the report</c>, <c># Between peers</c>, each with
/// its own <c>## Purpose</c>, <c>## Agenda</c> and other <c>##</c> sections.
/// </summary>
public static partial class MeetingTypeFactory
{
    /// <summary>Builds the meeting type. Never throws: a heading that names no side is ordinary text.</summary>
    /// <param name="sourcePath">The file; its stem is the id unless the front matter gives one.</param>
    /// <param name="frontMatter">The front matter, or null.</param>
    /// <param name="body">The parsed body. Its side sections' headings are moved one level down (the tree is not used afterwards).</param>
    /// <param name="bodyHtml">The rendered body.</param>
    public static MeetingType Create(string sourcePath, YamlMap? frontMatter, MarkdownDocument body, string bodyHtml)
    {
        var fm = frontMatter ?? YamlMap.Empty;
        var id = Slug.From(fm.Text("id") ?? Path.GetFileNameWithoutExtension(sourcePath));
        int? duration = int.TryParse(fm.Text("duration")?.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null;
        var purpose = fm.Text("purpose") ?? "";
        var blocks = body.ToList();
        var starts = blocks.Select((b, i) => (Side: SideOf(b), Index: i)).Where(x => x.Side is not null).ToList();
        var sides = new List<MeetingTypeSide>();
        for (var k = 0; k < starts.Count; k++)
        {
            var (side, label) = starts[k].Side!.Value;
            var end = k + 1 < starts.Count ? starts[k + 1].Index : blocks.Count;
            var section = blocks[(starts[k].Index + 1)..end];
            sides.Add(CreateSide(side, label, section, fm, purpose));
        }

        var agenda = sides.Count == 0
            ? ReadAgenda(blocks)
            : (sides.FirstOrDefault(s => s.Side == MeetingSide.Neutral) ?? sides[0]).Agenda;
        return new MeetingType(
            id,
            fm.Text("name") ?? Person.NameFromId(id),
            purpose,
            duration,
            fm.Text("who-leads", "lead", "leads"),
            fm.Text("source", "source-url", "url"),
            fm.Text("source-title"),
            agenda,
            bodyHtml,
            sourcePath)
        {
            Sides = sides,
            IntroHtml = sides.Count == 0 ? "" : Render(blocks[..starts[0].Index]),
            GuideHtml = sides.Count == 0 ? Render(Without(blocks, h => IsAgenda(h) || IsWhatTheyWant(h))) : "",
        };
    }

    private static MeetingTypeSide CreateSide(MeetingSide side, string label, List<Block> section, YamlMap fm, string typePurpose)
    {
        var purposeKey = side switch
        {
            MeetingSide.Lead => "purpose-lead",
            MeetingSide.Attend => "purpose-attend",
            _ => "purpose-neutral",
        };
        var purposeText = string.Join(' ', SectionBlocks(section, IsPurpose).OfType<ParagraphBlock>().Select(p => MarkdownAnalyzer.InlineText(p.Inline).Trim()));
        var purpose = fm.Text(purposeKey) ?? (purposeText.Length > 0 ? purposeText : typePurpose);
        var agenda = ReadAgenda(section);
        foreach (var heading in section.OfType<HeadingBlock>())
        {
            // the side's own h2 heads the section on the page, so its sub-sections become h3
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        var shown = Without(section, IsPurpose);
        return new MeetingTypeSide(side, label, purpose, agenda, Render(shown), Render(Without(shown, h => IsAgenda(h) || IsWhatTheyWant(h))));
    }

    /// <summary>The side a level-1 heading opens, with its label: <c># Leading: As their manager</c> → (Lead, "As their manager"); null for any other block.</summary>
    private static (MeetingSide Side, string Label)? SideOf(Block block)
    {
        if (block is not HeadingBlock { Level: 1 } heading)
        {
            return null;
        }

        var text = MarkdownAnalyzer.InlineText(heading.Inline).Trim();
        var match = SideHeadingPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        MeetingSide side = word.StartsWith("lead", StringComparison.Ordinal) || word.StartsWith("host", StringComparison.Ordinal) ? MeetingSide.Lead
            : word.StartsWith("attend", StringComparison.Ordinal) ? MeetingSide.Attend
            : MeetingSide.Neutral;
        var label = match.Groups["label"].Value.Trim();
        return (side, label.Length > 0 ? label : side switch
        {
            MeetingSide.Lead => "When you lead",
            MeetingSide.Attend => "When you attend",
            _ => "Between peers",
        });
    }

    private static bool IsPurpose(string heading) => heading.Equals("purpose", StringComparison.OrdinalIgnoreCase);

    private static bool IsWhatTheyWant(string heading) => heading.StartsWith("what they want", StringComparison.OrdinalIgnoreCase);

    private static bool IsAgenda(string heading) => heading.StartsWith("agenda", StringComparison.OrdinalIgnoreCase);

    /// <summary>The blocks under the headings that <paramref name="matches"/> (up to the next heading of the same or a higher level).</summary>
    private static IEnumerable<Block> SectionBlocks(List<Block> blocks, Func<string, bool> matches)
    {
        int? level = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading && (level is null || heading.Level <= level))
            {
                level = matches(MarkdownAnalyzer.InlineText(heading.Inline).Trim()) ? heading.Level : null;
            }
            else if (level is not null)
            {
                yield return block;
            }
        }
    }

    /// <summary>The blocks without the sections whose heading <paramref name="matches"/> (heading included).</summary>
    private static List<Block> Without(List<Block> blocks, Func<string, bool> matches)
    {
        var kept = new List<Block>();
        int? skipping = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading && (skipping is null || heading.Level <= skipping))
            {
                skipping = matches(MarkdownAnalyzer.InlineText(heading.Inline).Trim()) ? heading.Level : null;
            }

            if (skipping is null)
            {
                kept.Add(block);
            }
        }

        return kept;
    }

    /// <summary>Renders blocks of the body with the notes' Markdown pipeline (what <see cref="Modules.RenderMarkdown"/> gave the whole body).</summary>
    private static string Render(List<Block> blocks)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Notes.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    private static List<AgendaItem> ReadAgenda(List<Block> blocks)
    {
        var items = new List<AgendaItem>();
        var inAgenda = false;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                inAgenda = IsAgenda(MarkdownAnalyzer.InlineText(heading.Inline).Trim());
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

    /// <summary><c>Leading</c>, <c>Attending</c>, <c>Between peers</c> (or <c>Lead</c>, <c>Host</c>, <c>Attend</c>, <c>Neutral</c>, <c>Peers</c>), then optionally <c>:</c> or a dash and the label.</summary>
    [GeneratedRegex(@"^(?<word>leading|lead|hosting|host|attending|attend|between peers|neutral|peers)\b\s*(?:[:\-–—]\s*(?<label>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SideHeadingPattern();
}
