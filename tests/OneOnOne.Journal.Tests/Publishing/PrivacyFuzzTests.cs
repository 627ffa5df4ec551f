using System.Text;
using CsCheck;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Tests.Support;

namespace OneOnOne.Journal.Tests.Publishing;

/// <summary>
/// Property-based test of issue #14's rules on damaged notes (<see cref="MutatedNote"/>): for every
/// generated journal, <c>build</c> never throws and is never refused, every note file is accounted for on
/// the site (its own page, or the needs-attention page), the input's bytes are unchanged, and a
/// <c>publish</c> carries no private token in any byte of any file or file name. Each generated journal holds
/// <see cref="NotesPerJournal"/> damaged notes beside a sound one, so that one build and one publish try many
/// cases: CI runs a few hundred damaged notes; <c>bench/fuzz-privacy.sh</c> runs thousands (<c>ONEONONE_FUZZ_ITERATIONS</c>
/// journals).
/// A failure prints the seed: <c>ONEONONE_FUZZ_SEED=... dotnet test --filter PrivacyFuzzTests</c> replays it.
/// </summary>
public sealed class PrivacyFuzzTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    /// <summary>Damaged notes per generated journal (their dates and tokens differ by index, 1..this).</summary>
    private const int NotesPerJournal = 8;

    /// <summary>Generated journals: 40 by default (320 damaged notes, about a minute on an idle 2-core machine).</summary>
    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("ONEONONE_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 40;

    private static readonly Gen<MutatedNote[]> Journals =
        Enumerable.Range(1, NotesPerJournal)
            .Select(MutatedNote.Generator)
            .Aggregate(Gen.Const(Array.Empty<MutatedNote>()), (all, one) => all.SelectMany(a => one.Select(n => (MutatedNote[])[.. a, n])));

    [Fact]
    public void Damaged_notes_never_crash_a_build_are_all_accounted_for_and_never_leak_private_tokens_into_a_publish()
    {
        Journals.Sample(
            notes => Check(notes).GetAwaiter().GetResult(),
            seed: Environment.GetEnvironmentVariable("ONEONONE_FUZZ_SEED"),
            iter: Iterations,
            threads: 1,
            print: notes => string.Join("\n", notes.Select(n => $"{n} => {Encoding.UTF8.GetString(n.Bytes()).Replace("\n", "\\n", StringComparison.Ordinal)}")));
    }

    private static async Task Check(MutatedNote[] notes)
    {
        using var journal = new TempJournal();
        journal.Person("alice-chen", "name: Alice Chen\nrelationship: report\ncadence: weekly");
        // a sound public note: its token must reach the publish, so the leak check below can fail
        var control = new MutatedNote(0, Secrecy.Public, 0, 0, false, 0, false, false, 0, 0, 0, 0);
        foreach (var note in notes.Prepend(control))
        {
            journal.Bytes(note.RelativePath, note.Bytes());
        }

        var before = journal.InputSnapshot();

        var build = await SiteBuilder.BuildAsync(journal.Options(BuildMode.Build, Today));
        Assert.Null(build.Refused);
        Assert.InRange(build.ExitCode, 0, 1);
        Assert.NotNull(build.Journal);
        var attention = File.ReadAllText(Path.Combine(journal.Output, "attention", "index.html"));
        foreach (var note in notes.Prepend(control))
        {
            var source = "input/" + note.RelativePath;
            var model = build.Journal!.Notes.FirstOrDefault(n => n.SourcePath == source);
            var hasPage = model is not null && File.Exists(Path.Combine(journal.Output, model.Permalink, "index.html"));
            Assert.True(hasPage || attention.Contains(source, StringComparison.Ordinal), $"{source} is neither on its own page nor on the needs-attention page");
        }

        var publishOutput = Path.Combine(journal.Root, "published");
        var publish = await SiteBuilder.BuildAsync(journal.Options(BuildMode.Publish, Today) with { OutputPath = publishOutput });
        Assert.Null(publish.Refused);
        Assert.InRange(publish.ExitCode, 0, 1);

        var published = PublishedText(publishOutput);
        Assert.Contains(control.Token, published, StringComparison.Ordinal);
        foreach (var note in notes.Where(n => n.IsPrivate))
        {
            Assert.False(published.Contains(note.Token, StringComparison.OrdinalIgnoreCase), $"{note.RelativePath}: its private token {note.Token} was published");
        }

        Assert.Equal(before, journal.InputSnapshot());
    }

    /// <summary>Every published byte (decoded leniently) and every file name, as one text to search.</summary>
    private static string PublishedText(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            text.Append(Path.GetRelativePath(folder, file)).Append('\n');
            text.Append(Encoding.Latin1.GetString(File.ReadAllBytes(file))).Append('\n');
        }

        return text.ToString();
    }
}
