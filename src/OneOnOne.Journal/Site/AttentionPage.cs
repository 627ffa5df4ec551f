using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The "needs attention" page (<c>/attention/</c>): every problem found, grouped by file, with its
/// line and message, and every note that could not be placed on a timeline, linked to its page. In a publish,
/// the files left out for being unreadable (<see cref="PipelineContext.IsWithheld"/>) are only counted.
/// </summary>
internal static class AttentionPage
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        // a running document is one file and several notes (#15): its problems link to its first meeting
        var notesByPath = journal.Notes.GroupBy(n => n.SourcePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // a publish names no file it left out for being unreadable: the name alone may say what is private (docs/privacy.md)
        var withheld = context.WithheldCount;
        var shown = withheld == 0 ? context.Diagnostics : [.. context.Diagnostics.Where(d => !context.IsWithheld(d.Path))];
        // infos are not problems: a calm, collapsed list of the files left out as not 1:1 notes, apart from the problems
        // infos are hints for the owner (files left out as not 1:1s); a publish names none of them: a vault's file names are
        // not the site's to show, and the owner sees them with `check`
        var infos = context.Options.LeavesOutPrivate
            ? []
            : shown.Where(d => d.Severity == Severity.Info).OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => d.ToString()).ToList();
        shown = [.. shown.Where(d => d.Severity != Severity.Info)];
        var files = shown
            .GroupBy(d => d.Path, StringComparer.Ordinal)
            .OrderByDescending(g => g.Any(d => d.Severity == Severity.Error))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AttentionFile(
                Path: g.Key,
                NoteUrl: notesByPath.TryGetValue(g.Key, out var note) ? Views.NoteUrl(note) : null,
                NoteTitle: note?.Title,
                Problems: g.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => new AttentionProblem(
                    Line: d.Line,
                    Column: d.Column,
                    IsError: d.Severity == Severity.Error,
                    Severity: d.Severity == Severity.Error ? "error" : "warning",
                    Message: d.Message,
                    Text: d.ToString())).ToList()))
            .ToList();
        var unplaced = journal.Notes.Where(n => !n.IsPlaced).OrderBy(n => n.SourcePath, StringComparer.Ordinal)
            .Select(n => new UnplacedNote(
                Title: n.Title,
                Url: Views.NoteUrl(n),
                SourcePath: n.SourcePath,
                Reason: context.Diagnostics.Where(d => d.Path == n.SourcePath && d.Severity == Severity.Error).OrderBy(d => d.Line).FirstOrDefault()?.Message
                    ?? (n.Date is null ? "no valid date" : "no known person")))
            .ToList();
        var model = new AttentionPageModel(
            Files: files,
            Unplaced: unplaced,
            Errors: shown.Count(d => d.Severity == Severity.Error),
            Warnings: shown.Count(d => d.Severity == Severity.Warning),
            Withheld: withheld,
            Infos: infos,
            WithheldText: withheld == 1 ? "1 file could not be read with certainty and was left out" : $"{withheld} files could not be read with certainty and were left out",
            IsClean: files.Count == 0 && unplaced.Count == 0 && withheld == 0);
        yield return new Page("attention/index.html", AttentionPageModel.Layout, "Needs attention", "attention", model);
        yield return new Page("404.html", NotFoundPageModel.Layout, "Page not found", "", NotFoundPageModel.Instance);
    }
}
