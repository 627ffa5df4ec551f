using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Bench;

/// <summary>What to generate.</summary>
/// <param name="People">Number of people (1 or more).</param>
/// <param name="NotesPerPerson">Number of notes per person (0 or more).</param>
/// <param name="Seed">Seed of the <see cref="Random"/>; the same seed and counts give byte-identical files.</param>
public sealed record GeneratorOptions(int People, int NotesPerPerson, int Seed)
{
    /// <summary>The date of everyone's first possible meeting; notes follow each person's cadence from there.</summary>
    public DateOnly Start { get; init; } = new(2022, 1, 3);
}

/// <summary>
/// Writes a synthetic but realistic journal, deterministically for a seed: <c>settings.yml</c>,
/// <c>input/people/&lt;id&gt;.md</c> and <c>input/notes/&lt;yyyy&gt;/&lt;date&gt;-&lt;id&gt;.md</c>
/// with 200-600 word bodies, goals whose status and progress evolve from meeting to meeting, action
/// items opened and later closed, feedback and wins sections, tags and moods. Optionally writes the
/// same notes as a minimal Hugo site (for comparisons with <c>hugo server</c>).
/// Used by the benchmarks and the tests; never writes outside the folders it is given.
/// </summary>
public static class JournalGenerator
{
    private static readonly string[] FirstNames =
    [
        "alice", "bruno", "chen", "dana", "elif", "farid", "grace", "hiro", "ines", "jonas", "kemi", "liam", "maya", "nikhil",
        "olga", "pedro", "quinn", "rosa", "sven", "tara", "umar", "vera", "wen", "ximena", "yusuf", "zoe", "amara", "boris", "carla", "dmitri",
    ];

    private static readonly string[] LastNames =
    [
        "adams", "berg", "costa", "diaz", "eriksen", "fischer", "garcia", "hansen", "ito", "jensen", "khan", "lopez", "moreau", "nakamura",
        "okafor", "patel", "quist", "rossi", "schmidt", "tanaka", "ueda", "vogel", "weber", "xu", "yilmaz", "zhang", "abara", "brandt", "chopra", "dupont",
    ];

    private static readonly string[] Roles = ["Software Engineer", "Senior Engineer", "Staff Engineer", "Engineering Manager", "Product Manager", "Designer", "Data Scientist", "SRE"];

    private static readonly string[] Cadences = ["weekly", "weekly", "biweekly", "biweekly", "monthly"];

    private static readonly string[] Topics =
    [
        "search", "payments", "checkout", "onboarding", "reliability", "hiring", "career", "on-call", "roadmap", "latency", "migration",
        "testing", "documentation", "mentoring", "budget", "design-review", "incident", "observability", "api", "mobile",
    ];

    private static readonly string[] Verbs = ["Ship", "Improve", "Reduce", "Migrate", "Document", "Automate", "Lead", "Redesign", "Measure", "Stabilise"];

    private static readonly string[] Subjects =
    [
        "the team", "the rollout", "the new service", "our on-call rotation", "the quarterly plan", "the design doc", "the migration",
        "the incident review", "the hiring loop", "the customer escalation", "the dashboard", "the API contract", "the test suite",
    ];

    private static readonly string[] Predicates =
    [
        "went better than expected", "needs another week", "is blocked on the platform team", "surprised everyone in the review",
        "deserves a short write-up", "should move to the next quarter", "is still too vague to estimate", "finally has an owner",
        "keeps slipping because of interrupts", "got good feedback from product", "needs a clearer success metric", "is ready for a pilot",
    ];

    private static readonly string[] Openers =
    [
        "We talked about how", "She mentioned that", "He explained why", "They pointed out that", "I asked whether", "We agreed that",
        "It turned out that", "We spent a while on why", "I shared my view that", "We both noticed that",
    ];

    private static readonly string[] Statuses = ["on-track", "on-track", "on-track", "at-risk", "off-track"];

    private static readonly string[] Horizons = ["short", "medium", "long"];

    /// <summary>Writes the journal under <paramref name="root"/> (created when missing).</summary>
    /// <param name="options">Counts and seed.</param>
    /// <param name="root">The journal root to write (settings.yml and input/ go there).</param>
    /// <param name="hugoRoot">When set, also writes the same notes as a Hugo site in this folder.</param>
    /// <returns>The relative paths of the notes written, in order of writing (<c>input/notes/...</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">People is below 1 or notes per person below 0.</exception>
    public static IReadOnlyList<string> Generate(GeneratorOptions options, string root, string? hugoRoot = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.People, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.NotesPerPerson);
        var random = new Random(options.Seed);
        Directory.CreateDirectory(Path.Combine(root, "input", "people"));
        Directory.CreateDirectory(Path.Combine(root, "input", "notes"));
        Write(Path.Combine(root, "settings.yml"), $"title: Synthetic journal ({options.People} people x {options.NotesPerPerson} notes, seed {options.Seed})\nowner: Bench Owner\ndefault-cadence: biweekly\nweek-start: monday\n");
        if (hugoRoot is not null)
        {
            WriteHugoSkeleton(hugoRoot, options);
        }

        var written = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < options.People; p++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var id = $"{first}-{last}";
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{first}-{last}-{n}";
            }

            var name = $"{Title(first)} {Title(last)}";
            var cadence = Cadences[random.Next(Cadences.Length)];
            var person = new PersonState(id, name, cadence);
            Write(Path.Combine(root, "input", "people", id + ".md"),
                $"---\nname: {name}\nrole: {Roles[random.Next(Roles.Length)]}\nrelationship: report\ncadence: {cadence}\nsince: {options.Start.AddDays(-random.Next(30, 400)):yyyy-MM-dd}\n---\n{Paragraph(random, 2)}\n");
            if (hugoRoot is not null)
            {
                Write(Path.Combine(hugoRoot, "content", "people", id, "_index.md"), $"---\ntitle: \"{name}\"\n---\n{name}'s one-on-ones.\n");
            }

            var date = options.Start.AddDays(random.Next(0, 14));
            var step = cadence switch { "weekly" => 7, "biweekly" => 14, _ => 30 };
            for (var i = 0; i < options.NotesPerPerson; i++)
            {
                var (frontMatter, body, title, tags) = Note(random, person, date, i);
                var stem = $"{date:yyyy-MM-dd}-{id}";
                var relative = $"input/notes/{date:yyyy}/{stem}.md";
                Write(Path.Combine(root, relative), $"---\n{frontMatter}---\n{body}");
                written.Add(relative);
                if (hugoRoot is not null)
                {
                    Write(Path.Combine(hugoRoot, "content", "people", id, stem + ".md"),
                        $"---\ntitle: \"{title}\"\ndate: {date:yyyy-MM-dd}\ntags: [{string.Join(", ", tags)}]\n---\n{body}");
                }

                date = date.AddDays(step + random.Next(-1, 3));
            }
        }

        return written;
    }

    /// <summary>The path of the Hugo content file that mirrors a journal note (<c>input/notes/yyyy/stem.md</c>).</summary>
    /// <param name="hugoRoot">The Hugo site folder.</param>
    /// <param name="notePath">The note's path relative to the journal root.</param>
    /// <param name="personId">The note's person id.</param>
    public static string HugoPathOf(string hugoRoot, string notePath, string personId) =>
        Path.Combine(hugoRoot, "content", "people", personId, Path.GetFileName(notePath));

    private static (string FrontMatter, string Body, string Title, List<string> Tags) Note(Random random, PersonState person, DateOnly date, int index)
    {
        var fm = new StringBuilder();
        var type = index == 0 ? "introductory" : random.Next(10) == 0 ? "alignment" : "regular";
        var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Topics[random.Next(Topics.Length)]).Distinct().ToList();
        var title = $"{Title(Topics[random.Next(Topics.Length)])} and {Topics[random.Next(Topics.Length)]}";
        fm.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\nwith: {person.Id}\ntype: {type}\ntitle: {title}\ntags: [{string.Join(", ", tags)}]\nmood: {random.Next(1, 6)}\n");

        // goals: keep two or three alive; each mention moves progress and maybe status
        while (person.Goals.Count(g => !g.Finished) < 2 + (person.Id.Length % 2))
        {
            var topic = Topics[random.Next(Topics.Length)];
            var verb = Verbs[random.Next(Verbs.Length)];
            person.Goals.Add(new GoalState($"{verb.ToLowerInvariant()}-{topic}-{person.Goals.Count + 1}", $"{verb} {topic} work", Horizons[random.Next(Horizons.Length)]));
        }

        var live = person.Goals.Where(g => !g.Finished).ToList();
        var mentioned = live.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
        fm.Append("goals:\n");
        foreach (var goal in mentioned)
        {
            goal.Progress = Math.Min(100, goal.Progress + random.Next(0, 21));
            var status = goal.Progress >= 100 ? "done" : random.Next(25) == 0 ? "dropped" : Statuses[random.Next(Statuses.Length)];
            goal.Finished = status is "done" or "dropped";
            fm.Append(CultureInfo.InvariantCulture, $"  - id: {goal.Id}\n");
            if (!goal.Mentioned)
            {
                fm.Append(CultureInfo.InvariantCulture, $"    title: {goal.Title}\n    horizon: {goal.Horizon}\n");
                goal.Mentioned = true;
            }

            fm.Append(CultureInfo.InvariantCulture, $"    status: {status}\n    progress: {goal.Progress}\n    note: {Sentence(random).TrimEnd('.')}\n");
        }

        fm.Append(CultureInfo.InvariantCulture, $"next: [{Title(Topics[random.Next(Topics.Length)])} follow-up]\n");

        var body = new StringBuilder();
        body.Append("## Agenda\n");
        foreach (var t in tags)
        {
            body.Append(CultureInfo.InvariantCulture, $"- {Title(t)}\n");
        }

        body.Append("\n## Notes\n");
        var words = random.Next(200, 601);
        var count = 0;
        while (count < words - 60)
        {
            var paragraph = Paragraph(random, random.Next(3, 7));
            count += paragraph.Split(' ').Length;
            body.Append(paragraph).Append("\n\n");
        }

        body.Append("## Feedback\n");
        body.Append(CultureInfo.InvariantCulture, $"- Given (praise): {Sentence(random)}\n");
        if (random.Next(3) == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"- Received (constructive): {Sentence(random)}\n");
        }

        body.Append("\n## Wins\n");
        body.Append(CultureInfo.InvariantCulture, $"- {Sentence(random)}\n");

        body.Append("\n## Action items\n");
        var closing = person.OpenActions.Where(_ => random.Next(2) == 0).ToList();
        foreach (var action in closing)
        {
            body.Append(CultureInfo.InvariantCulture, $"- [x] {action}\n");
            person.OpenActions.Remove(action);
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var owner = random.Next(2) == 0 ? "@me" : "@" + person.Id;
            var action = $"{owner} {Verbs[random.Next(Verbs.Length)]} {Subjects[random.Next(Subjects.Length)]} ({Topics[random.Next(Topics.Length)]} {person.Serial++})";
            body.Append(CultureInfo.InvariantCulture, $"- [ ] {action} due:{date.AddDays(random.Next(5, 21)):yyyy-MM-dd}\n");
            person.OpenActions.Add(action);
        }

        return (fm.ToString(), body.ToString(), title, tags);
    }

    private static string Paragraph(Random random, int sentences) =>
        string.Join(" ", Enumerable.Range(0, sentences).Select(_ => Sentence(random)));

    private static string Sentence(Random random) =>
        $"{Openers[random.Next(Openers.Length)]} {Subjects[random.Next(Subjects.Length)]} {Predicates[random.Next(Predicates.Length)]}, mostly because of {Topics[random.Next(Topics.Length)]}.";

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..].Replace('-', ' ');

    private static void WriteHugoSkeleton(string hugoRoot, GeneratorOptions options)
    {
        Write(Path.Combine(hugoRoot, "hugo.toml"),
            $"baseURL = \"http://127.0.0.1/\"\ntitle = \"Synthetic journal {options.People}x{options.NotesPerPerson}\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\"]\n");
        Write(Path.Combine(hugoRoot, "layouts", "_default", "single.html"),
            "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2006-01-02\" }}</p>{{ .Content }}</main></body></html>\n");
        Write(Path.Combine(hugoRoot, "layouts", "_default", "list.html"),
            "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Date.Format \"2006-01-02\" }} {{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n");
        Write(Path.Combine(hugoRoot, "content", "_index.md"), "---\ntitle: \"Journal\"\n---\n");
        Write(Path.Combine(hugoRoot, "content", "people", "_index.md"), "---\ntitle: \"People\"\n---\n");
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private sealed class PersonState(string id, string name, string cadence)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Cadence { get; } = cadence;

        public List<GoalState> Goals { get; } = [];

        public List<string> OpenActions { get; } = [];

        public int Serial { get; set; } = 1;
    }

    private sealed class GoalState(string id, string title, string horizon)
    {
        public string Id { get; } = id;

        public string Title { get; } = title;

        public string Horizon { get; } = horizon;

        public int Progress { get; set; }

        public bool Mentioned { get; set; }

        public bool Finished { get; set; }
    }
}
