using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Parsing;

/// <summary>Builds a <see cref="Person"/> from a person file (DESIGN.md, "A person"). Never throws; problems become diagnostics.</summary>
public static class PersonFactory
{
    /// <summary>Builds the person.</summary>
    /// <param name="sourcePath">The file, relative to the journal root; its stem is the id.</param>
    /// <param name="frontMatter">The front matter, or null.</param>
    /// <param name="aboutHtml">The rendered body.</param>
    /// <param name="defaultCadence">Cadence when the file gives none (settings <c>default-cadence</c>).</param>
    public static (Person Person, IReadOnlyList<Diagnostic> Diagnostics) Create(string sourcePath, YamlMap? frontMatter, string aboutHtml, Cadence defaultCadence)
    {
        var diagnostics = new List<Diagnostic>();
        var fm = frontMatter ?? YamlMap.Empty;
        var id = Slug.From(Path.GetFileNameWithoutExtension(sourcePath));

        var relationship = Relationship.Other;
        if (fm.Get("relationship", "relation") is YamlScalar r && !string.IsNullOrWhiteSpace(r.Text))
        {
            var text = r.Text.Trim().ToLowerInvariant() is "skip-level" or "skiplevel" or "skip level" ? "skip" : r.Text;
            if (Enums.Parse<Relationship>(text) is { } parsed)
            {
                relationship = parsed;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(sourcePath, r.Line, $"unknown relationship '{r.Text.Trim()}' (expected {Enums.Choices<Relationship>()}); using 'other'", r.Column));
            }
        }

        var cadence = defaultCadence;
        if (fm.Get("cadence") is YamlScalar c && !string.IsNullOrWhiteSpace(c.Text))
        {
            if (Cadence.Parse(c.Text) is { } parsed)
            {
                cadence = parsed;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(sourcePath, c.Line, $"unknown cadence '{c.Text.Trim()}' (expected weekly | biweekly | monthly | quarterly | a number of days like 10d); using {defaultCadence.Label}", c.Column));
            }
        }

        DateOnly? since = null;
        // Strings, not Get: an unquoted [[2024-02-01]] is a nested YAML list, flattened to its text
        if (fm.Strings(splitCommas: false, PersonFields.SinceKeys) is [var s])
        {
            since = JournalDate.ParseDate(PersonFields.Unlink(s.Text));
            if (since is null)
            {
                diagnostics.Add(Diagnostic.Warning(sourcePath, s.Line, $"'since: {s.Text.Trim()}' is not a date; write YYYY-MM-DD", s.Column));
            }
        }

        DateOnly? until = null;
        if (fm.Get("until") is YamlScalar u && !string.IsNullOrWhiteSpace(u.Text))
        {
            until = JournalDate.ParseDate(PersonFields.Unlink(u.Text));
            if (until is null)
            {
                diagnostics.Add(Diagnostic.Warning(sourcePath, u.Line, $"'until: {u.Text.Trim()}' is not a date; write YYYY-MM-DD", u.Column));
            }
            else if (since is { } start && until < start)
            {
                diagnostics.Add(Diagnostic.Warning(sourcePath, u.Line, $"'until: {u.Text.Trim()}' is before 'since:'; ignoring until", u.Column));
                until = null;
            }
        }

        var type = fm.Text("type", "meeting-type") is { } t ? Slug.From(t) : null;
        var person = new Person(
            id,
            fm.Text("name") is { } name ? PersonFields.Unlink(name) : DefaultName(sourcePath, id),
            fm.Text("role", "title") is { } role ? PersonFields.Unlink(role) : null,
            relationship,
            cadence,
            since,
            fm.Strings(splitCommas: false, "aliases", "alias").Select(a => PersonFields.Unlink(a.Text)).ToList(),
            type,
            aboutHtml,
            sourcePath)
        {
            Until = until,
        };
        return (person, diagnostics);
    }

    /// <summary>
    /// The name when the file gives none: a file named like a person (<c>José Núñez.md</c>, as in an
    /// Obsidian vault) keeps its spelling; an id-like stem (<c>alice-chen.md</c>) is title-cased.
    /// </summary>
    private static string DefaultName(string sourcePath, string id)
    {
        var stem = Path.GetFileNameWithoutExtension(sourcePath).Trim();
        return stem.Any(char.IsWhiteSpace) ? string.Join(' ', stem.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : Person.NameFromId(id);
    }
}
