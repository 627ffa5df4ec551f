using System.CommandLine;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Cli;

/// <summary>The options every command shares (DESIGN.md, "Command line"): <c>--root</c>, <c>--output</c>, <c>--verbose</c>, and <c>--today</c> for reproducible builds.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Root { get; } = new("--root") { Description = "The journal root (the folder that holds input/); default: found by walking up from the current folder" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "The output folder; default: <root>/output" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print every pipeline's time, the memory allocated, and every warning" };

    public Option<string?> Today { get; } = new("--today") { Description = "Treat this ISO date as today (for reproducible builds); default: today in the journal's time zone" };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Output);
        command.Options.Add(Verbose);
        command.Options.Add(Today);
    }

    /// <summary>Resolves the options to build options, or returns an error message.</summary>
    public (BuildOptions? Options, string? Error) Resolve(ParseResult result, BuildMode mode)
    {
        var root = BuildOptions.FindRoot(result.GetValue(Root), Environment.CurrentDirectory);
        if (root is null)
        {
            return (null, InitCommand.AdoptHint(Environment.CurrentDirectory)
                ?? "no journal found: no folder from here upwards holds an 'input/' folder; run inside a journal, pass --root, or create one with 'init'");
        }

        if (!BuildOptions.IsJournal(root))
        {
            // a vault given as the root (issue #15): say how to adopt it rather than only that it is no journal
            return (null, InitCommand.AdoptHint(root) ?? $"'{root}' holds no 'input/' folder; pass the journal root with --root");
        }

        DateOnly? today = null;
        if (result.GetValue(Today) is { } todayText)
        {
            today = JournalDate.ParseDate(todayText);
            if (today is null)
            {
                return (null, $"--today '{todayText}' is not a date; write YYYY-MM-DD");
            }
        }

        return (BuildOptions.ForRoot(root, result.GetValue(Output), mode, today), null);
    }
}
