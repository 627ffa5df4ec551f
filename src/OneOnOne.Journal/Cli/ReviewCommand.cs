using System.CommandLine;
using System.Text;
using OneOnOne.Journal.Building;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Site;
using Spectre.Console;

namespace OneOnOne.Journal.Cli;

/// <summary>
/// <c>review --year 2026 [--person alice-chen] [--output file.md] [--include-private]</c>: writes the year in
/// review as Markdown (the whole journal, or one person) to standard output or a file. Reads the journal up to
/// the model only: it never builds the site nor touches its output folder. The Markdown is meant to be pasted
/// into a review tool, so private notes, private blocks and private people are left out as a publish leaves them
/// out (docs/privacy.md), unless <c>--include-private</c> says otherwise. Exit codes: 0 written,
/// 2 bad arguments (no journal, unknown person, bad year or date, --output a folder), 1 the file could not be written.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CommonOptions common)
    {
        var year = new Option<int?>("--year", "-y") { Description = "The review year, numbered by the calendar year it starts in (see review-year-start); default: the one containing today" };
        var person = new Option<string?>("--person", "-p") { Description = "A person id, name or alias: write only their review; default: the whole journal and everyone met" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the Markdown to this file instead of standard output" };
        var includePrivate = new Option<bool>("--include-private") { Description = "Include private notes, private blocks and private people (left out by default, as the export is meant to leave your machine)" };
        var command = new Command("review", "Write the year in review as Markdown (to paste into a review tool)");
        command.Options.Add(year);
        command.Options.Add(person);
        command.Options.Add(output);
        command.Options.Add(includePrivate);
        command.Options.Add(common.Root);
        command.Options.Add(common.Today);
        command.SetAction((parse, _) => RunAsync(common, parse.GetValue(year), parse.GetValue(person), parse.GetValue(output), parse.GetValue(includePrivate), parse));
        return command;
    }

    private static async Task<int> RunAsync(CommonOptions common, int? yearNumber, string? personName, string? outputFile, bool includePrivate, ParseResult parse)
    {
        var root = BuildOptions.FindRoot(parse.GetValue(common.Root), Environment.CurrentDirectory);
        if (root is null || !BuildOptions.IsJournal(root))
        {
            Reporter.Fail("no journal found: no folder from here upwards holds an 'input/' folder; run inside a journal or pass --root");
            return 2;
        }

        DateOnly? today = null;
        if (parse.GetValue(common.Today) is { } todayText)
        {
            today = JournalDate.ParseDate(todayText);
            if (today is null)
            {
                Reporter.Fail($"--today '{todayText}' is not a date; write YYYY-MM-DD");
                return 2;
            }
        }

        if (yearNumber is < 1 or > 9998)
        {
            Reporter.Fail($"--year {yearNumber} is not a year; write e.g. --year 2026");
            return 2;
        }

        // the output folder is never written: only the pipelines up to the journal model run
        var options = BuildOptions.ForRoot(root, today: today) with { WithoutPrivate = !includePrivate };
        var (journal, settings, diagnostics) = await JournalLoader.LoadAsync(options);

        Reporter.Problems(diagnostics, warnings: false);
        var year = yearNumber is { } y ? new ReviewYear(y, settings.ReviewYearStart) : ReviewYear.Containing(journal.Today, settings.ReviewYearStart);
        string markdown;
        if (personName is not null)
        {
            var id = new PersonDirectory(journal.People).Resolve(personName);
            if (id is null)
            {
                Reporter.Fail($"no person '{personName}' in the journal; known ids: {string.Join(", ", journal.People.Select(p => p.Id))}");
                return 2;
            }

            var review = ReviewBuilder.ForPerson(journal, id, year);
            if (review.Notes.Count == 0)
            {
                Reporter.Error.MarkupLine($"[yellow]warning:[/] no meeting with {Markup.Escape(review.Person.Name)} in {year.Year} ({year.Label})");
            }

            markdown = ReviewMarkdown.Person(journal, review);
        }
        else
        {
            markdown = ReviewMarkdown.Journal(journal, ReviewBuilder.ForJournal(journal, year));
        }

        if (outputFile is null)
        {
            Console.Out.Write(markdown);
            await Console.Out.FlushAsync();
        }
        else
        {
            var path = Path.GetFullPath(outputFile, Environment.CurrentDirectory);
            try
            {
                if (Directory.Exists(path))
                {
                    Reporter.Fail($"--output '{outputFile}' is a folder; give a file name, e.g. review-{year.Year}.md");
                    return 2;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Reporter.Fail($"cannot write the review to '{outputFile}': {e.Message}");
                return 1;
            }

            Reporter.Error.MarkupLine($"Wrote the {year.Year} review ({Markup.Escape(year.Label)}) to {Markup.Escape(outputFile)}");
        }

        return 0;
    }
}
