using System.CommandLine;

namespace OneOnOne.Journal.Bench;

/// <summary><c>generate --people N --notes-per-person M --seed S --out DIR [--hugo DIR]</c>: writes a synthetic journal.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "Number of people", DefaultValueFactory = _ => 20 };
        var notes = new Option<int>("--notes-per-person") { Description = "Notes per person", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same bytes)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The journal root to write", Required = true };
        var hugo = new Option<string?>("--hugo") { Description = "Also write the same notes as a Hugo site into this folder" };
        var command = new Command("generate", "Write a deterministic synthetic journal (settings.yml, input/people, input/notes)");
        command.Options.Add(people);
        command.Options.Add(notes);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(hugo);
        command.SetAction(parse =>
        {
            var written = JournalGenerator.Generate(
                new GeneratorOptions(parse.GetValue(people), parse.GetValue(notes), parse.GetValue(seed)),
                Path.GetFullPath(parse.GetValue(output)!),
                parse.GetValue(hugo) is { } h ? Path.GetFullPath(h) : null);
            Console.Error.WriteLine($"{written.Count} notes written to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }
}
