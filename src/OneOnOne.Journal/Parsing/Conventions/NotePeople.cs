using System.Text.RegularExpressions;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Parsing.Conventions;

/// <summary>Where a name of someone met was read (issue #15). Only <see cref="FileName"/> never makes an inferred person.</summary>
public enum NameSource
{
    /// <summary><c>with:</c> or <c>person:</c>: our own format, which names exactly who was met.</summary>
    With,

    /// <summary><c>attendees:</c>, <c>participants:</c>, <c>people:</c>, <c>directReport:</c>, <c>report:</c>, <c>manager:</c>.</summary>
    Field,

    /// <summary>A <c>people/&lt;name&gt;</c> or <c>person/&lt;name&gt;</c> tag.</summary>
    Tag,

    /// <summary>An <c>Attendees:</c> / <c>With:</c> line in the body.</summary>
    Line,

    /// <summary>The folder the note sits in (<c>People/Jordan/2026-01-21.md</c>).</summary>
    Folder,

    /// <summary>The file name: only a known person's name or alias counts.</summary>
    FileName,

    /// <summary>The journal's <c>default-with:</c> for a vault about one person.</summary>
    Default,
}

/// <summary>A name of someone met, where it was read, and its position (line 1 for the path).</summary>
/// <param name="Text">The name, without <c>[[ ]]</c>, <c>@</c> or a link's <c>|label</c>.</param>
/// <param name="Line">Line in the file.</param>
/// <param name="Column">Column in the file.</param>
/// <param name="Source">Where it was read.</param>
public readonly record struct NamedPerson(string Text, int Line, int Column, NameSource Source);

/// <summary>
/// Who a note says was met, in the conventions of other tools (issue #15, docs/journal-format.md "Bringing your
/// notes"). The first of these that names anyone is used, the others are not read: <c>with:</c> / <c>person:</c> and
/// the other front-matter fields (<see cref="FieldKeys"/>); <c>people/…</c> and <c>person/…</c> tags; the body's
/// <c>Attendees:</c> / <c>With:</c> lines; the folder when its name is a known person; a
/// known person after the date in the file name (<c>2026-01-21 Jordan.md</c>); the folder when the folder above it is a
/// people folder (<c>People/</c>, <c>Reports/</c>); a known person's name or alias inside the file name
/// (<c>jordan-1on1.md</c>); settings <c>default-with:</c>; last, an unknown name after the date in the file name, which
/// is reported and never inferred.
/// </summary>
public static partial class NotePeople
{
    /// <summary>The front-matter keys besides <c>with</c> and its synonyms that name the other side of a 1:1.</summary>
    public static readonly string[] FieldKeys = ["direct report", "report", "manager"];

    /// <summary>
    /// The most people besides the owner that a note names in an attendee list (a field other than <c>with:</c>, a
    /// tag list or an <c>Attendees:</c> line) and is still a 1:1 or a small shared meeting: more is a team meeting,
    /// which is not a 1:1 and would otherwise put one meeting on many timelines or infer a person from every attendee.
    /// </summary>
    public const int MaxAttendees = 3;

    /// <summary>Folder names under which each folder is a person (<c>People/Jordan/2026-01-21.md</c>), compared as <see cref="ActionKey"/> keys.</summary>
    private static readonly HashSet<string> PeopleFolders = new(
        ["people", "person", "persons", "reports", "directreports"],
        StringComparer.Ordinal);

    /// <summary>Finds the names.</summary>
    /// <param name="sourcePath">The note, relative to the journal root, forward slashes.</param>
    /// <param name="frontMatter">Its front matter, or null.</param>
    /// <param name="head">The top of its body.</param>
    /// <param name="people">The person files, for the folder and file-name conventions, which need a known person.</param>
    /// <param name="defaultWith">Settings <c>default-with:</c>, or null.</param>
    /// <returns>The names of the first convention that gives any, in order; empty when none does.</returns>
    public static IReadOnlyList<NamedPerson> Find(string sourcePath, YamlMap? frontMatter, NoteHead head, PersonDirectory people, string? defaultWith = null)
    {
        var fm = frontMatter ?? YamlMap.Empty;
        var named = fm.Strings(splitCommas: false, "with", "person").Select(n => Named(n.Text, n.Line, n.Column, NameSource.With)).ToList();
        if (named.Count == 0)
        {
            // a string of several names is common in these fields ("attendees: Jordan, Sam")
            named = [.. fm.Strings(splitCommas: true, "people", "attendees", "participant", "participants").Select(n => Named(n.Text, n.Line, n.Column, NameSource.Field))];
            foreach (var key in FieldKeys)
            {
                named.AddRange(fm.Strings(splitCommas: true, key).Select(n => Named(n.Text, n.Line, n.Column, NameSource.Field)));
            }
        }

        if (Clean(named) is { Count: > 0 } fields)
        {
            return fields;
        }

        var tags = fm.Strings(splitCommas: true, "tags", "tag")
            .Select(t => (Text: t.Text.Trim().TrimStart('#'), t.Line, t.Column))
            .Where(t => t.Text.StartsWith("people/", StringComparison.OrdinalIgnoreCase) || t.Text.StartsWith("person/", StringComparison.OrdinalIgnoreCase))
            .Select(t => Named(TagName(t.Text[(t.Text.IndexOf('/') + 1)..]), t.Line, t.Column, NameSource.Tag))
            .Concat(head.PeopleTags.Select(t => Named(TagName(t.Text), t.Line, 1, NameSource.Tag)));
        if (Clean(tags) is { Count: > 0 } tagged)
        {
            return tagged;
        }

        var lines = head.PeopleLines.SelectMany(l => SplitLine(l.Text).Select(n => Named(n, l.Line, 1, NameSource.Line)));
        if (Clean(lines) is { Count: > 0 } listed)
        {
            return listed;
        }

        var parts = sourcePath.Split('/');
        var folder = parts.Length >= 3 && parts[^2].Any(char.IsLetter) ? parts[^2] : null;
        if (folder is not null && people.Resolve(folder) is not null)
        {
            return [Named(folder, 1, 1, NameSource.Folder)];
        }

        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        var datePerson = FileNameConvention.Read(stem).Person;
        if (datePerson is not null && people.Resolve(datePerson) is not null)
        {
            return [Named(datePerson, 1, 1, NameSource.FileName)];
        }

        if (folder is not null && PeopleFolders.Contains(ActionKey.From(parts[^3])))
        {
            return [Named(folder, 1, 1, NameSource.Folder)];
        }

        if (InStem(stem, people) is { Count: > 0 } inStem)
        {
            return inStem;
        }

        if (!string.IsNullOrWhiteSpace(defaultWith))
        {
            return [Named(defaultWith, 1, 1, NameSource.Default)];
        }

        // DESIGN.md's own convention names a person even when unknown, so that the note reports the unknown person (a file name never infers one)
        return datePerson is null ? [] : [Named(datePerson, 1, 1, NameSource.FileName)];
    }

    /// <summary>
    /// Every spelling by which any convention above could name someone in this note, not only the first that names
    /// anyone: each field, tag and <c>Attendees:</c> name, each folder, each run of the file stem's words, and
    /// <paramref name="defaultWith"/>. For publish's privacy check (<see cref="Modules.RemovePrivateContent"/>), which
    /// must fail closed: it runs without the private people, so a convention that needs a known person cannot tell
    /// whether the note is theirs.
    /// </summary>
    public static IEnumerable<string> Candidates(string sourcePath, YamlMap? frontMatter, NoteHead head, string? defaultWith)
    {
        var fm = frontMatter ?? YamlMap.Empty;
        foreach (var key in (string[])["with", "person", "people", "attendees", "participant", "participants", .. FieldKeys])
        {
            foreach (var n in fm.Strings(splitCommas: true, key))
            {
                yield return Named(n.Text, 1, 1, NameSource.Field).Text;
            }
        }

        foreach (var t in fm.Strings(splitCommas: true, "tags", "tag").Select(t => t.Text.Trim().TrimStart('#')).Where(t => t.Contains('/', StringComparison.Ordinal)))
        {
            yield return TagName(t[(t.IndexOf('/') + 1)..]);
        }

        foreach (var t in head.PeopleTags)
        {
            yield return TagName(t.Text);
        }

        foreach (var name in head.PeopleLines.SelectMany(l => SplitLine(l.Text)))
        {
            yield return Named(name, 1, 1, NameSource.Line).Text;
        }

        var parts = sourcePath.Split('/');
        foreach (var folder in parts[..^1])
        {
            yield return folder;
        }

        var stem = Path.GetFileNameWithoutExtension(parts[^1]);
        if (FileNameConvention.Read(stem).Person is { } datePerson)
        {
            yield return datePerson;
        }

        var words = StemWords().Split(stem).Where(w => w.Length > 0).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = 1; length <= Math.Min(4, words.Length - i); length++)
            {
                yield return string.Join(' ', words, i, length);
            }
        }

        if (!string.IsNullOrWhiteSpace(defaultWith))
        {
            yield return defaultWith;
        }
    }

    /// <summary>Whether <paramref name="names"/> is an attendee list too long for a 1:1 (<see cref="MaxAttendees"/>); <c>with:</c> is never.</summary>
    /// <param name="names">The names <see cref="Find"/> gave.</param>
    /// <param name="isOwner">Whether a name is the journal's owner, who is not counted.</param>
    public static bool IsGroup(IReadOnlyList<NamedPerson> names, Func<string, bool> isOwner) =>
        names.Count > MaxAttendees && names[0].Source is not NameSource.With
        && names.Where(n => !isOwner(n.Text)).Select(n => ActionKey.From(n.Text)).Distinct(StringComparer.Ordinal).Count() > MaxAttendees;

    /// <summary>
    /// Known people named inside a file stem (<c>jordan-1on1</c>, <c>Sarah-Alex</c>, <c>NomePersona_1-1</c>): runs of its
    /// words, longest first, that are a person's id, name or alias, or the first name of exactly one person.
    /// </summary>
    private static List<NamedPerson> InStem(string stem, PersonDirectory people)
    {
        var words = StemWords().Split(stem).Where(w => w.Length > 0).ToArray();
        var found = new List<NamedPerson>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = Math.Min(4, words.Length - i); length >= 1; length--)
            {
                var text = string.Join(' ', words, i, length);
                var id = people.Resolve(text) ?? (length == 1 && people.Match(text) is [var only] ? only : null);
                if (id is not null && people.ById[id].Relationship != Relationship.Self)
                {
                    if (ids.Add(id))
                    {
                        found.Add(new NamedPerson(id, 1, 1, NameSource.FileName));
                    }

                    i += length - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The names of an <c>Attendees:</c> line: comma-, semicolon- or "and"-separated, or a run of <c>[[links]]</c>.</summary>
    private static IEnumerable<string> SplitLine(string text)
    {
        var links = WikiLink().Matches(text);
        if (links.Count > 0)
        {
            return links.Select(m => m.Groups[1].Value);
        }

        return ListSeparator().Split(text).Select(p => p.Trim().Trim('*', '_').Trim());
    }

    /// <summary>A tag's name: <c>jordan-lee</c> is written as a slug, so it reads as Jordan Lee; <c>JordanLee</c> is kept.</summary>
    private static string TagName(string tag) =>
        tag.Any(char.IsUpper) ? tag.Replace('_', ' ') : Person.NameFromId(tag.Replace('/', '-'));

    private static NamedPerson Named(string text, int line, int column, NameSource source)
    {
        var name = text.Trim().TrimStart('@').Trim();
        if (name.StartsWith("[[", StringComparison.Ordinal))
        {
            name = name.Trim('[', ']');
        }

        var pipe = name.IndexOf('|', StringComparison.Ordinal);
        return new NamedPerson((pipe >= 0 ? name[..pipe] : name).Trim(), line, column, source);
    }

    /// <summary>Drops blanks and template placeholders (<c>{{name}}</c>, <c>&lt;% … %&gt;</c>), keeping the order.</summary>
    private static List<NamedPerson> Clean(IEnumerable<NamedPerson> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n.Text) && !n.Text.Contains("{{", StringComparison.Ordinal) && !n.Text.Contains("<%", StringComparison.Ordinal))];

    [GeneratedRegex(@"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\s*(?:[,;]|\band\b|&)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"[\s_\-.,()]+")]
    private static partial Regex StemWords();
}
