using System.Globalization;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing.Conventions;

namespace OneOnOne.Journal.Parsing;

/// <summary>What a note's front matter and body were parsed into, before the note is built.</summary>
/// <param name="SourcePath">The note file, relative to the journal root.</param>
/// <param name="Slug">The unique slug chosen for the note page.</param>
/// <param name="FrontMatter">The front matter, or null when the file has none or it could not be read.</param>
/// <param name="Body">Action items, feedback and wins of the body.</param>
/// <param name="BodyHtml">The rendered body.</param>
/// <param name="PlainText">The body as plain text, or empty to derive it from <paramref name="BodyHtml"/> when it is read (<see cref="Note.PlainText"/>).</param>
/// <param name="Summary">The text of the body's top-level paragraphs.</param>
/// <param name="Head">The top of the Markdown body (first heading, <c>Attendees:</c> lines: <see cref="NoteHead"/>), or null for none.</param>
public sealed record NoteSource(string SourcePath, string Slug, YamlMap? FrontMatter, MarkdownBody Body, string BodyHtml, string PlainText, string Summary = "", NoteHead? Head = null);

/// <summary>
/// Builds a <see cref="Note"/> from its parsed parts, applying DESIGN.md's rules: required date and
/// person, synonyms (<c>person</c>, <c>people</c>, <c>attendees</c>, <c>participant</c> for <c>with</c>),
/// the file-name fallback, the default type, mood 1..5, goal fields, and other tools' conventions for dates, people,
/// type and mood (<c>Parsing/Conventions</c>; issue #15), with inferred people for names that match no person file. Never throws: each problem is a
/// diagnostic with the line it concerns, and the note keeps everything that could be read.
/// </summary>
public static class NoteFactory
{
    /// <summary>The front-matter keys that name the people met (<c>with</c> and the synonyms other tools write).</summary>
    public static readonly IReadOnlyList<string> WithKeys = ["with", "person", "people", "attendees", "participant", "participants"];

    /// <summary>
    /// Whether a file under the notes folder is not a 1:1 note at all (a team meeting, a glossary, a template), so that
    /// it is left out with an info instead of reported as a broken note (issue #15). Only a file that uses none of our
    /// front-matter keys (<c>date</c>, <see cref="WithKeys"/>) with a real value qualifies: one that does was clearly
    /// meant as a note, and its problems stay errors. A template placeholder (<c>{{date}}</c>, <c>&lt;% ... %&gt;</c>)
    /// is not a real value.
    /// </summary>
    /// <param name="sourcePath">The file, relative to the journal root.</param>
    /// <param name="frontMatter">Its front matter, or null.</param>
    /// <param name="people">Resolves the person a file name names.</param>
    /// <param name="head">The top of its body, for the conventions of other tools (issue #15), or null.</param>
    /// <param name="ownerName">Settings <c>owner</c>, who does not count as someone met.</param>
    /// <param name="defaultWith">Settings <c>default-with</c>, or null.</param>
    /// <returns><c>"no date"</c>, <c>"no person"</c> or <c>"a group meeting of N people"</c> (<see cref="NotePeople.MaxAttendees"/>) when the file is not a 1:1 note; null when it is one.</returns>
    public static string? NotANote(string sourcePath, YamlMap? frontMatter, PersonDirectory people, NoteHead? head = null, string? ownerName = null, string? defaultWith = null)
    {
        var fm = frontMatter ?? YamlMap.Empty;
        var names = NotePeople.Find(sourcePath, fm, head ?? NoteHead.Empty, people, defaultWith);
        if (NotePeople.IsGroup(names, n => IsOwner(n, people, ownerName)))
        {
            return $"a group meeting of {names.Select(n => ActionKey.From(n.Text)).Distinct(StringComparer.Ordinal).Count()} people";
        }

        if (fm.Get("date") is YamlScalar { Text: var dateText } && IsRealValue(dateText)
            || fm.Strings(splitCommas: false, [.. WithKeys]).Any(n => IsRealValue(n.Text)))
        {
            return null;
        }

        var (fileDate, _) = FileNameConvention.Read(Path.GetFileNameWithoutExtension(sourcePath));
        if ((fileDate is null || JournalDate.Parse(fileDate).Error is not null) && NoteDates.Find(sourcePath, fm, head ?? NoteHead.Empty) is null)
        {
            return "no date";
        }

        // a name the note gives explicitly counts (an unknown one is inferred); one from the file name only when it is someone known
        return names.Any(n => !IsOwner(n.Text, people, ownerName) && (n.Source != NameSource.FileName || people.Resolve(n.Text) is not null)) ? null : "no person";
    }

    /// <summary>Whether a name is the journal's owner: <c>me</c>, settings <c>owner</c>, or the owner's own person file (<c>relationship: self</c>).</summary>
    private static bool IsOwner(string name, PersonDirectory people, string? ownerName)
    {
        var id = people.Resolve(name);
        if (id is not null)
        {
            return people.ById[id].Relationship == Relationship.Self;
        }

        var key = ActionKey.From(name.Trim().TrimStart('@').Trim('[', ']').Split('|')[0]);
        return key == "me" || (ownerName is not null && key == ActionKey.From(ownerName));
    }

    /// <summary>A value someone wrote, not blank and not a template placeholder left by Templater or a core template.</summary>
    private static bool IsRealValue(string text) =>
        !string.IsNullOrWhiteSpace(text) && !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("<%", StringComparison.Ordinal);

    /// <summary>Builds the note.</summary>
    /// <param name="source">The parsed parts.</param>
    /// <param name="people">Resolves ids, names and aliases.</param>
    /// <param name="types">Known meeting types by id.</param>
    /// <param name="ownerName">The journal owner's name (settings <c>owner</c>), or null: an attendee list that names the
    /// owner (or <c>me</c>) as well, as Obsidian meeting notes often do, skips that entry instead of reporting an unknown person.</param>
    /// <param name="defaultWith">Settings <c>default-with</c>: who a note that names nobody was with, in a vault about one person; or null.</param>
    /// <returns>The note and the problems found.</returns>
    public static (Note Note, IReadOnlyList<Diagnostic> Diagnostics) Create(
        NoteSource source,
        PersonDirectory people,
        IReadOnlyDictionary<string, MeetingType> types,
        string? ownerName = null,
        string? defaultWith = null)
    {
        var path = source.SourcePath;
        var diagnostics = new List<Diagnostic>();
        var fm = source.FrontMatter ?? YamlMap.Empty;
        var stem = Path.GetFileNameWithoutExtension(path);
        var (fileDate, _) = FileNameConvention.Read(stem);

        // date
        DateOnly? date = null;
        TimeOnly? time = null;
        var dateValue = fm.Get("date");
        if (dateValue is YamlScalar { Text: var dateText } && !string.IsNullOrWhiteSpace(dateText))
        {
            string? error;
            (date, time, error) = JournalDate.Parse(dateText);
            if (error is not null)
            {
                diagnostics.Add(Diagnostic.Error(path, dateValue.Line, $"bad date: {error}", dateValue.Column));
            }
        }
        else if (fileDate is not null)
        {
            var (d, _, error) = JournalDate.Parse(fileDate);
            date = d;
            if (error is not null)
            {
                diagnostics.Add(Diagnostic.Error(path, 1, $"bad date in the file name: {error}"));
            }
        }
        else if (NoteDates.Find(path, source.FrontMatter, source.Head ?? NoteHead.Empty) is { } conventional)
        {
            date = conventional.Date; // other tools' conventions (issue #15)
        }
        else
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the note has no date: add 'date: YYYY-MM-DD' to the front matter, or start the file name with the date"));
        }

        // people
        var with = new List<string>();
        var found = NotePeople.Find(path, fm, source.Head ?? NoteHead.Empty, people, defaultWith);
        var named = found.Select(n => (n.Text, n.Line, n.Column)).ToList();
        var inferred = new Dictionary<string, string>(StringComparer.Ordinal);

        if (named.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(path, 1, "the note names nobody: add 'with: <person id>' to the front matter"));
        }

        var ownerKeys = new[] { "me", ownerName is null ? "me" : ActionKey.From(ownerName) };
        bool IsSelf(string? id) => id is not null && people.ById.TryGetValue(id, out var p) && p.Relationship == Relationship.Self;
        bool IsOwner(string name) => IsSelf(people.Resolve(name)) || ownerKeys.Contains(ActionKey.From(name.Trim().TrimStart('@').Trim('[', ']').Split('|')[0]));
        if (named.Count > 0 && named.All(n => IsOwner(n.Text)))
        {
            diagnostics.Add(Diagnostic.Error(path, named[0].Line, $"the note names only you ('{named[0].Text}'); add the person you met to 'with:'"));
        }

        foreach (var (name, line, column, from) in found)
        {
            var id = people.Resolve(name);
            if ((id is null || IsSelf(id)) && IsOwner(name))
            {
                continue; // the owner in an attendee list
            }

            id ??= Infer(name, from, inferred);

            if (id is null)
            {
                diagnostics.Add(Diagnostic.Error(path, line, $"unknown person '{name}': add input/people/{Slug.From(name.Trim('[', ']'))}.md, or use an existing id, name or alias", column));
            }
            else if (!with.Contains(id))
            {
                with.Add(id);
            }
        }

        // type
        var typeId = MeetingType.DefaultId;
        var typeValue = fm.Get("type", "meeting-type");
        if (typeValue is YamlScalar { Text: var typeText } && !string.IsNullOrWhiteSpace(typeText))
        {
            var wanted = Slug.From(typeText);
            wanted = types.ContainsKey(wanted) ? wanted : MeetingTypeSpellings.Resolve(typeText, [.. types.Keys]) ?? wanted;
            if (types.ContainsKey(wanted))
            {
                typeId = wanted;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, typeValue.Line,
                    $"unknown meeting type '{typeText.Trim()}' (known: {string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}); using '{MeetingType.DefaultId}'", typeValue.Column));
            }
        }

        // mood
        int? mood = null;
        if (fm.Get("mood") is YamlScalar moodValue && !string.IsNullOrWhiteSpace(moodValue.Text))
        {
            if (int.TryParse(moodValue.Text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 5)
            {
                mood = m;
            }
            else if (MoodWords.Read(moodValue.Text) is { } word)
            {
                mood = word;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(path, moodValue.Line, $"mood '{moodValue.Text.Trim()}' is not a whole number from 1 to 5; ignored", moodValue.Column));
            }
        }

        // an unclear value counts as private, as publish takes it (ParseFrontMatter reports it)
        var isPrivate = PrivateFlag.Read(fm).Value != Privacy.Public;
        var tags = fm.Strings(splitCommas: true, "tags", "tag")
            .Select(t => t.Text.TrimStart('#').Trim().ToLowerInvariant())
            .Concat(source.Body.Tags)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // next: entries written ~~struck~~ drop a queued topic (TopicQueue); the body's "Next time" items follow the list
        var next = new List<string>();
        var droppedNext = new List<string>();
        foreach (var entry in fm.Strings(splitCommas: false, "next").Select(t => t.Text.Trim()))
        {
            if (entry.Length > 4 && entry.StartsWith("~~", StringComparison.Ordinal) && entry.EndsWith("~~", StringComparison.Ordinal))
            {
                droppedNext.Add(entry[2..^2].Trim());
            }
            else if (entry.Length > 0)
            {
                next.Add(entry);
            }
        }

        next.AddRange(source.Body.Next.Where(t => !next.Contains(t, StringComparer.OrdinalIgnoreCase)));
        droppedNext.AddRange(source.Body.DroppedNext);
        var goals = ReadGoals(fm, path, with, people, diagnostics);

        // tasks: resolve owners
        var tasks = new List<TaskItem>();
        var (listed, listProblems) = Conventions.FrontMatterActions.Read(fm); // actionItems: in the front matter
        diagnostics.AddRange(listProblems.Select(p => Diagnostic.Warning(path, p.Line, p.Message)));
        foreach (var task in listed.Concat(source.Body.Tasks))
        {
            var owner = task.Owner;
            if (owner is not null && owner != "me")
            {
                // @id, a written name (→ Jordan, Owner: Jordan, (Jordan)) or the owner's own name: Conventions/ActionOwners
                var (id, problem) = Conventions.ActionOwners.Resolve(owner, people, ownerName);
                if (id is null && InferredOwner(owner, inferred) is { } inferredId)
                {
                    // the owner is someone this very note names without a person file (issue #15, item 3): theirs, not unknown
                    (id, problem) = (inferredId, null);
                }

                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Warning(path, task.Line, problem));
                }

                owner = id ?? owner;
            }

            tasks.Add(task with { Owner = owner });
        }

        foreach (var (line, message) in source.Body.Problems)
        {
            diagnostics.Add(Diagnostic.Warning(path, line, message));
        }

        var title = fm.Text("title");
        if (title is null)
        {
            var typeName = types.TryGetValue(typeId, out var t) ? t.Name : typeId;
            var names = string.Join(" & ", with.Select(id => people.ById.TryGetValue(id, out var p) ? p.Name : inferred[id]));
            title = names.Length > 0 ? $"{typeName} with {names}" : stem;
        }

        var note = new Note
        {
            SourcePath = path,
            Slug = source.Slug,
            Date = date,
            Time = time,
            With = with,
            TypeId = typeId,
            Title = title,
            Tags = tags,
            Mood = mood,
            IsPrivate = isPrivate,
            Goals = goals,
            InferredPeople = inferred,
            Next = next,
            DroppedNext = droppedNext,
            Tasks = tasks,
            Feedback = source.Body.Feedback,
            Wins = source.Body.Wins,
            BodyHtml = source.BodyHtml,
            Summary = Cut(source.Summary.Length > 0 ? source.Summary : source.PlainText.Length > 0 ? source.PlainText : HtmlText.ToPlainText(source.BodyHtml)),
        };
        if (source.PlainText.Length > 0)
        {
            note = note with { PlainText = source.PlainText };
        }

        return (note, diagnostics);
    }

    /// <summary>
    /// The id of a person a note names explicitly who has no person file (issue #15, item 3): the slug of the name, kept
    /// with its spelling in <paramref name="inferred"/>. Null for a name from the file name, which never makes a person.
    /// </summary>
    private static string? Infer(string name, NameSource from, Dictionary<string, string> inferred)
    {
        var id = Slug.From(name);
        if (from == NameSource.FileName || id is "me" || !name.Any(char.IsLetter))
        {
            return null;
        }

        // an id-like spelling (with: zed-unknown) reads as a name, as a person file's id does
        inferred.TryAdd(id, name.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c)) ? name : Person.NameFromId(id));
        return id;
    }

    /// <summary>The summary kept in a note: at most <see cref="Note.SummaryChars"/> characters.</summary>
    private static string Cut(string summary) => summary.Length > Note.SummaryChars ? summary[..Note.SummaryChars] : summary;

    private static List<GoalMention> ReadGoals(YamlMap fm, string path, List<string> with, PersonDirectory people, List<Diagnostic> diagnostics)
    {
        var result = new List<GoalMention>();
        var value = fm.Get("goals", "goal");
        if (value is null or YamlScalar { Text: "" })
        {
            return result;
        }

        if (value is not YamlList list)
        {
            diagnostics.Add(Diagnostic.Warning(path, value.Line, "'goals' must be a list of entries with 'id:', 'title:', 'status:' ...; ignored", value.Column));
            return result;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMap goal)
            {
                diagnostics.Add(Diagnostic.Warning(path, item.Line, "a goal must be an entry with 'id:' (and 'title:' the first time); ignored", item.Column));
                continue;
            }

            var idText = goal.Text("id") ?? goal.Text("title");
            if (idText is null)
            {
                diagnostics.Add(Diagnostic.Warning(path, goal.Line, "a goal has no 'id'; ignored", goal.Column));
                continue;
            }

            GoalStatus? status = null;
            if (goal.Get("status") is YamlScalar s && !string.IsNullOrWhiteSpace(s.Text))
            {
                status = Enums.Parse<GoalStatus>(s.Text);
                if (status is null)
                {
                    diagnostics.Add(Diagnostic.Warning(path, s.Line, $"unknown goal status '{s.Text.Trim()}' (expected {Enums.Choices<GoalStatus>()}); ignored", s.Column));
                }
            }

            GoalHorizon? horizon = null;
            if (goal.Get("horizon") is YamlScalar h && !string.IsNullOrWhiteSpace(h.Text))
            {
                horizon = Enums.Parse<GoalHorizon>(h.Text);
                if (horizon is null)
                {
                    diagnostics.Add(Diagnostic.Warning(path, h.Line, $"unknown goal horizon '{h.Text.Trim()}' (expected {Enums.Choices<GoalHorizon>()}); ignored", h.Column));
                }
            }

            int? progress = null;
            if (goal.Get("progress") is YamlScalar pr && !string.IsNullOrWhiteSpace(pr.Text))
            {
                if (int.TryParse(pr.Text.Trim().TrimEnd('%'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
                {
                    progress = percent;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(path, pr.Line, $"goal progress '{pr.Text.Trim()}' is not a percent from 0 to 100; ignored", pr.Column));
                }
            }

            var personId = with.FirstOrDefault();
            if (goal.Text("person", "owner", "with") is { } personText)
            {
                personId = people.Resolve(personText);
                if (personId is not null && people.ById[personId].Relationship == Relationship.Self)
                {
                    personId = with.FirstOrDefault(); // the owner's own goal: scoped to the person met, as when unnamed
                }
                else if (personId is null)
                {
                    diagnostics.Add(Diagnostic.Warning(path, goal.Line, $"goal '{idText}' names unknown person '{personText}'; ignored", goal.Column));
                    continue;
                }
            }

            if (personId is null)
            {
                continue; // the note names nobody known: already an error; the goal cannot be scoped
            }

            result.Add(new GoalMention(Slug.From(idText), personId, goal.Text("title"), horizon, status, progress, goal.Text("note", "comment"), goal.Line));
        }

        return result;
    }

    /// <summary>
    /// The id of the person inferred from this note (<paramref name="inferred"/>: id → name as written) that an action item's
    /// owner names: by id (<c>@john-appleseed</c>), by the whole name, or by a first name only one of them has; null otherwise.
    /// </summary>
    private static string? InferredOwner(string owner, IReadOnlyDictionary<string, string> inferred)
    {
        if (inferred.Count == 0)
        {
            return null;
        }

        var key = ActionKey.From(owner);
        foreach (var (id, name) in inferred)
        {
            if (id == owner || ActionKey.From(name) == key)
            {
                return id;
            }
        }

        var byFirstName = inferred.Where(p => ActionKey.From(p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "") == key).Select(p => p.Key).ToList();
        return byFirstName is [var only] ? only : null;
    }
}
