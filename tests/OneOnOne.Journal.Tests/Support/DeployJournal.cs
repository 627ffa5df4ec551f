namespace OneOnOne.Journal.Tests.Support;

/// <summary>
/// A small journal (two people, four notes) whose settings.yml names a deploy target, deployed by the built program as a
/// user would (<c>oneonone deploy</c>, passphrase from <c>JOURNAL_PASSPHRASE</c>, a fixed <c>--today</c>), with the edits
/// the deploy tests make between deploys. Deleted on dispose.
/// </summary>
public sealed class DeployJournal : IDisposable
{
    public const string Passphrase = "plum tractor velvet ocean";

    public DeployJournal(string deployYaml)
    {
        Journal = new TempJournal()
            .Person("alice", "name: Alice Chen\ncadence: weekly")
            .Person("bob", "name: Bob Stone\ncadence: biweekly")
            .Note("2026-06-01-alice", "date: 2026-06-01\nwith: alice", "## Notes\nRoadmap talk.\n\n## Action items\n- [ ] @alice Draft the plan")
            .Note("2026-06-08-alice", "date: 2026-06-08\nwith: alice", "## Notes\nHiring plan.")
            .Note("2026-06-02-bob", "date: 2026-06-02\nwith: bob", "## Notes\nOn-call rota.")
            .Note("2026-06-09-bob", "date: 2026-06-09\nwith: bob", "## Notes\nBudget review.")
            .Settings("title: Deploy test\nowner: Sam\ntime-zone: UTC\n" + deployYaml);
    }

    public TempJournal Journal { get; }

    public string Root => Journal.Root;

    /// <summary>Runs <c>deploy</c> with <paramref name="args"/> (plus <c>--today</c>) and the passphrase and <paramref name="environment"/> set.</summary>
    public ProgramRunner.Run Deploy(IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var variables = new Dictionary<string, string?> { ["JOURNAL_PASSPHRASE"] = Passphrase };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        return ProgramRunner.Start(ProgramRunner.DotnetHost, Root, variables, [RepoPaths.ProgramDll, "deploy", "--today", "2026-06-30", .. args], timeoutSeconds: 300);
    }

    /// <summary>Appends a sentence to one note (the "one-note change").</summary>
    public void EditOneNote() =>
        File.AppendAllText(Path.Combine(Root, "input", "notes", "2026", "2026-06-08-alice.md"), "\nAlso: promotion packet timeline.\n");

    /// <summary>Deletes one note, so its page (and only what showed it) goes from the publish.</summary>
    public void DeleteOneNote() => File.Delete(Path.Combine(Root, "input", "notes", "2026", "2026-06-02-bob.md"));

    /// <summary>The local publish (the output folder) as site path → SHA-256, the tool's marker left out.</summary>
    public IReadOnlyDictionary<string, string> Published() =>
        TempJournal.Snapshot(Journal.Output).Where(kv => kv.Key != ".oneonone-output").ToDictionary(kv => kv.Key.Replace('\\', '/'), kv => kv.Value);

    /// <summary>The site paths whose content differs between two snapshots, or that only one has.</summary>
    public static SortedSet<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        new(after.Where(kv => !before.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key), StringComparer.Ordinal);

    /// <summary>The paths a verbose deploy printed after <paramref name="verb"/> (<c>uploaded</c>, <c>would upload</c>, <c>deleted</c>...).</summary>
    public static SortedSet<string> Listed(ProgramRunner.Run run, string verb) =>
        new(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(verb + " ", StringComparison.Ordinal)).Select(l => l[(verb.Length + 1)..].Trim()), StringComparer.Ordinal);

    public void Dispose() => Journal.Dispose();
}
