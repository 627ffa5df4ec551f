using OneOnOne.Journal.Building;
using OneOnOne.Journal.Domain;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>Writes progress, problems and the one-line summary to standard error, readable in a terminal and in CI logs.</summary>
internal static class Reporter
{
    /// <summary>Standard error; plain text (no colour codes) when redirected or when NO_COLOR is set.</summary>
    public static readonly IAnsiConsole Error = CreateError();

    private static IAnsiConsole CreateError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = Console.IsErrorRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is not null ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsErrorRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is not null ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsErrorRedirected)
        {
            // logs and pipes: never wrap a line (a summary or a path:line:column message must stay whole)
            console.Profile.Width = 4096;
        }

        return console;
    }

    /// <summary>Runs <paramref name="work"/> with a spinner showing the current step when standard error is a terminal.</summary>
    public static async Task<T> WithProgressAsync<T>(string what, Func<Action<string>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is not null)
        {
            return await work(_ => { });
        }

        T result = default!;
        await Error.Status().StartAsync(what, async ctx =>
        {
            result = await work(step => ctx.Status($"{what}: {step} done"));
        });
        return result;
    }

    /// <summary>Prints each problem as <c>path:line:column: severity: message</c>.</summary>
    public static void Problems(IEnumerable<Diagnostic> diagnostics, bool warnings = true)
    {
        foreach (var d in diagnostics.Where(d => warnings || d.Severity == Severity.Error))
        {
            var color = d.Severity switch { Severity.Error => "red", Severity.Info => "grey", _ => "yellow" };
            Error.MarkupLine($"[{color}]{Markup.Escape(d.ToString())}[/]");
        }
    }

    /// <summary>The summary line: notes, people, pages, warnings, errors, seconds.</summary>
    public static void Summary(BuildResult result, string outputPath)
    {
        var j = result.Journal;
        var line = $"{j?.Notes.Count ?? 0} notes, {j?.People.Count ?? 0} people, {result.Pages} pages ({result.Changed} changed), {result.Warnings} warnings, {result.Errors} errors, {result.Elapsed.TotalSeconds:0.00} s -> {outputPath}";
        Error.MarkupLine(result.Errors > 0 ? $"[red]{Markup.Escape(line)}[/]" : Markup.Escape(line));
    }

    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    /// <summary>The line printed when the server is ready.</summary>
    public static void Serving(string url, bool watching) =>
        Error.MarkupLine(Markup.Escape($"Serving {url}{(watching ? " (watching input/, theme/, settings.yml; live reload on)" : "")}; press Ctrl+C to stop"));

    /// <summary>
    /// Each pipeline's wall time in milliseconds on one line, in the order the pipelines finished, then the
    /// process's managed allocations so far (MiB) and garbage collections per generation (for <c>--verbose</c>).
    /// </summary>
    public static void Timings(BuildResult result)
    {
        Error.MarkupLine(Markup.Escape(string.Join(", ", result.Timings.Select(t => $"{t.Key} {t.Value} ms"))));
        Error.MarkupLine(Markup.Escape(
            $"allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB, collections gen0/gen1/gen2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
    }

    /// <summary>One line per rebuild during preview.</summary>
    public static void Rebuilt(BuildResult result, bool verbose = false)
    {
        if (verbose)
        {
            Timings(result);
        }

        var line = result.Refused is not null
            ? $"rebuild refused: {result.Refused}"
            : $"rebuilt in {result.Elapsed.TotalMilliseconds:0} ms: {result.Changed} pages changed, {result.Errors} errors{(result.RenderedEverything ? " (all pages rendered)" : "")}";
        Error.MarkupLine(result.ExitCode != 0 ? $"[red]{Markup.Escape(line)}[/]" : Markup.Escape(line));
    }

    /// <summary>The line printed after Ctrl+C.</summary>
    public static void Stopped() => Error.MarkupLine("Stopped.");
}
