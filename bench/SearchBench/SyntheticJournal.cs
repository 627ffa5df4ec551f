using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.SearchBench;

/// <summary>
/// A minimal deterministic synthetic journal (people × notes) for the search benchmark: the same seed
/// writes the same files. Words follow a skewed (Zipf-like) distribution over a few hundred common
/// words and several thousand invented ones, so the index has a realistic long tail.
/// </summary>
internal static class SyntheticJournal
{
    private static readonly string[] Common =
    ("the and to of a in is that for it on with as we was be at this by have from or are but not they his her she he you all " +
     "team project plan review feedback goal deadline launch customer release budget hiring promotion career growth meeting " +
     "roadmap quarter design incident outage latency migration platform service api data pipeline dashboard metrics onboarding " +
     "mentoring interview offer headcount priority risk blocker dependency estimate scope stakeholder alignment strategy vision " +
     "performance calibration rating peer manager report skip director vice president staff senior principal engineer product " +
     "research analytics security compliance audit privacy legal finance sales marketing support operations infrastructure cloud " +
     "cost savings contract vendor partner integration testing quality bug fix refactor architecture proposal document rfc decision " +
     "tradeoff option experiment rollout rollback canary deploy monitoring alert oncall runbook postmortem retrospective sprint " +
     "backlog ticket estimate velocity capacity vacation leave health energy burnout motivation recognition praise constructive " +
     "coaching delegation ownership accountability communication presentation writing update status weekly monthly yearly " +
     "reorg reorganisation restructure team-split merger acquisition offsite workshop training conference talk blog hackathon " +
     "accessibility localisation mobile web frontend backend database cache queue search ranking recommendation model ml ai")
    .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] First = ["Alice", "José", "Mei", "Priya", "Lena", "Tomasz", "Aisha", "Marcus", "Dana", "Rafael", "Hannah", "Kofi", "Yusuf", "Zoë", "Søren", "Chloé", "Noah", "Olivia", "Mateo", "Ingrid"];
    private static readonly string[] Last = ["Chen", "Álvarez", "Tanaka", "Nair", "Fischer", "Kowalski", "Rahman", "Bell", "Okafor", "Costa", "Berg", "Mensah", "Demir", "Müller", "Ødegaard", "Lefèvre", "Weber", "Brown", "García", "Nowak"];
    private static readonly string[] Types = ["regular", "regular", "regular", "alignment", "mentorship", "skip-level", "executive-update"];
    private static readonly string[] Tags = ["career", "hiring", "budget", "incident", "roadmap", "reorg", "feedback", "promo", "oncall", "health"];

    public static void Write(string root, int people, int notesPerPerson, int seed = 42)
    {
        var random = new Random(seed);
        var vocabulary = Common.Concat(Invented(random, 8000)).ToArray();
        Directory.CreateDirectory(Path.Combine(root, "input", "people"));
        File.WriteAllText(Path.Combine(root, "settings.yml"), "title: Synthetic journal\nowner: Sam Rivera\ntime-zone: UTC\n");
        var start = new DateOnly(2022, 1, 3);
        for (var p = 0; p < people; p++)
        {
            var name = $"{First[p % First.Length]} {Last[p / First.Length % Last.Length]}{(p >= First.Length * Last.Length ? " " + p : "")}";
            var id = $"person-{p:000}";
            File.WriteAllText(Path.Combine(root, "input", "people", id + ".md"),
                $"---\nname: {name}\nrole: Engineer\nrelationship: report\ncadence: biweekly\n---\n{Sentence(random, vocabulary, 30)}\n");
            for (var n = 0; n < notesPerPerson; n++)
            {
                var date = start.AddDays(n * 14 + p % 14);
                var folder = Path.Combine(root, "input", "notes", date.Year.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                var text = new StringBuilder();
                text.Append("---\n");
                text.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\nwith: {id}\ntype: {Types[random.Next(Types.Length)]}\n");
                text.Append(CultureInfo.InvariantCulture, $"title: {Title(random, vocabulary)}\n");
                text.Append(CultureInfo.InvariantCulture, $"tags: [{Tags[random.Next(Tags.Length)]}, {Tags[random.Next(Tags.Length)]}]\nmood: {1 + random.Next(5)}\n");
                text.Append(CultureInfo.InvariantCulture, $"goals:\n  - id: goal-{n / 10}\n    title: {Title(random, vocabulary)}\n    status: on-track\n    progress: {n % 10 * 10}\n    note: {Sentence(random, vocabulary, 8)}\n");
                text.Append("---\n## Agenda\n");
                for (var i = 0; i < 3; i++)
                {
                    text.Append("- ").Append(Sentence(random, vocabulary, 4)).Append('\n');
                }

                text.Append("\n## Notes\n");
                for (var i = 0; i < 3; i++)
                {
                    text.Append(Sentence(random, vocabulary, 35 + random.Next(25))).Append("\n\n");
                }

                text.Append("## Feedback\n- Given (praise): ").Append(Sentence(random, vocabulary, 10)).Append('\n');
                text.Append("\n## Wins\n- ").Append(Sentence(random, vocabulary, 8)).Append('\n');
                text.Append("\n## Action items\n");
                text.Append(CultureInfo.InvariantCulture, $"- [ ] @{id} {Sentence(random, vocabulary, 6)} due:{date.AddDays(7):yyyy-MM-dd}\n");
                text.Append("- [x] @me ").Append(Sentence(random, vocabulary, 6)).Append('\n');
                File.WriteAllText(Path.Combine(folder, $"{date:yyyy-MM-dd}-{id}.md"), text.ToString());
            }
        }
    }

    private static IEnumerable<string> Invented(Random random, int count)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua", "bri", "don", "fel", "gor", "hin", "jex", "pla", "stro", "tum", "wix"];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            var word = string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => syllables[random.Next(syllables.Length)]));
            if (seen.Add(word))
            {
                yield return word;
            }
        }
    }

    private static string Word(Random random, string[] vocabulary)
    {
        var r = random.NextDouble();
        return vocabulary[(int)(vocabulary.Length * r * r * r)];
    }

    private static string Sentence(Random random, string[] vocabulary, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random, vocabulary)));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Title(Random random, string[] vocabulary)
    {
        var text = string.Join(' ', Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Common[30 + random.Next(Common.Length - 30)]));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
