using System.Globalization;
using System.Text;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Writes a year in review as Markdown for <c>review</c> (the same sections as the review pages),
/// made to read well when pasted as plain text into a review tool: headings and bullet lists only,
/// no tables, no HTML, no links (each item names its meeting date; the evidence list names the note files).
/// </summary>
internal static class ReviewMarkdown
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The whole journal: the side-by-side list and the owner's own year, then each person's review.</summary>
    public static string Journal(JournalModel journal, JournalReview review)
    {
        var md = new StringBuilder();
        md.Append(C, $"# Year in review {review.Year.Year} ({review.Year.Label})\n\n");
        md.Append(C, $"{Format.Count(review.People.Count, "person", "people")} · {Format.Count(review.Meetings, "meeting")} · {Format.Count(review.People.Sum(p => p.GoalsReached), "goal")} reached · {Format.Count(review.People.Sum(p => p.Wins.Count), "win")} · {Format.Count(review.People.Sum(p => p.FeedbackGiven.Count), "piece")} of feedback given{UpTo(journal, review.Year)}\n\n");
        md.Append("## Everyone side by side\n\n");
        var former = false;
        foreach (var p in review.People.OrderBy(p => p.Person.IsFormer(journal.Today)))
        {
            if (!former && p.Person.IsFormer(journal.Today))
            {
                former = true;
                md.Append("\nFormer:\n\n");
            }

            md.Append(C, $"- {p.Person.Name} ({Format.Relationship(p.Person.Relationship)}, {p.Person.Cadence.Label}{(p.Person.IsFormer(journal.Today) ? $", until {Day(p.Person.Until!.Value)}" : "")}): {p.Held} of {p.Expected} expected meetings, cadence kept {Percent(p.CadenceKeptPercent)}, {p.GoalsReached} of {Format.Count(p.Goals.Count, "goal")} reached, {Format.Count(p.Wins.Count, "win")}, feedback {p.FeedbackGiven.Count} given / {p.FeedbackReceived.Count} received, their actions on time {Percent(p.OnTimePercent)}, open actions {p.Theirs.StillOpen.Count} theirs / {p.Yours.StillOpen.Count} yours / {p.Shared.StillOpen.Count} shared\n");
        }

        if (review.People.Count > 0)
        {
            md.Append("\n").Append(ExpectedNote).Append(' ').Append(OnTimeNote).Append('\n');
        }

        if (review.People.Count == 0)
        {
            md.Append("No meetings in this year.\n");
        }

        md.Append(C, $"\n## {journal.Owner}'s own year\n\nFrom meetings with managers, skip-levels and executives.\n\n### Wins\n\n");
        Items(md, review.OwnerWins.Select(w => $"{Day(w.Note)}, with {With(journal, w.Note, null)}: {w.Text}"), "None recorded.");
        md.Append("\n### Feedback received\n\n");
        Items(md, review.OwnerFeedbackReceived.Select(f => $"{Day(f.Note)}, with {With(journal, f.Note, null)}{Kind(f.Entry)}: {f.Entry.Text}"), "None recorded.");
        foreach (var p in review.People)
        {
            md.Append('\n');
            Person(md, journal, p, level: 2);
        }

        return md.ToString();
    }

    /// <summary>One person's review, headed by a level-1 heading.</summary>
    public static string Person(JournalModel journal, PersonReview review)
    {
        var md = new StringBuilder();
        Person(md, journal, review, level: 1);
        return md.ToString();
    }

    private static void Person(StringBuilder md, JournalModel journal, PersonReview r, int level)
    {
        var h1 = new string('#', level);
        var h2 = h1 + "#";
        var h3 = h2 + "#";
        var name = r.Person.Name;
        md.Append(C, $"{h1} {name}: year in review {r.Year.Year} ({r.Year.Label})\n\n");
        var lede = new List<string>();
        if (r.Person.Role is { } role)
        {
            lede.Add(role);
        }

        lede.Add(Format.Relationship(r.Person.Relationship));
        if (r.ActiveFrom is { } from && from != r.Year.Start)
        {
            lede.Add($"counted from {Day(from)}");
        }

        md.Append(string.Join(" · ", lede)).Append(UpTo(journal, r.Year)).Append("\n\n");

        md.Append(C, $"{h2} At a glance\n\n");
        md.Append(C, $"- Goals reached: {r.GoalsReached} of {r.Goals.Count} discussed this year\n");
        md.Append(C, $"- Wins: {r.Wins.Count}\n");
        md.Append(C, $"- Feedback: {r.FeedbackGiven.Count} given, {r.FeedbackReceived.Count} received\n");
        md.Append(C, $"- Meetings: {r.Held} held of {r.Expected} expected ({r.Person.Cadence.Label}); cadence kept {Percent(r.CadenceKeptPercent)}\n");
        md.Append(C, $"- Actions on time: {Percent(r.OnTimePercent)} ({r.Theirs.OnTime} of {r.Theirs.ClosedWithDue} of {name}'s own items with a due date; {r.Theirs.ByNextMeeting} closed by the next 1:1, {r.Theirs.Late} late); yours (@me) {Percent(r.Yours.OnTimePercent)} ({r.Yours.OnTime} of {r.Yours.ClosedWithDue})\n\n");
        md.Append(C, $"{ReviewPages.ExpectedRule(r, Day)} Cadence kept: gaps between meetings no longer than the cadence ({Format.Count(r.Person.Cadence.Days, "day")}) plus {Format.Count(r.Person.Cadence.GraceDays, "day")} of grace. {OnTimeNote}\n\n");

        md.Append(C, $"{h2} What {name} achieved\n\n{h3} Goals reached\n\n");
        Items(md, r.Goals.Where(g => g.Reached).Select(g => $"{g.Goal.Title}: reached {Day(g.Goal.ReachedOn!.Value)}{Trail(g)}"), "None this year.");
        md.Append(C, $"\n{h3} Wins\n\n");
        Items(md, r.Wins.Select(w => $"{Day(w.Note)}{Others(journal, w.Note, r.Person.Id)}: {w.Text}"), "None recorded.");

        md.Append(C, $"\n{h2} Feedback exchanged\n\n{h3} Given to {name}\n\n");
        Items(md, r.FeedbackGiven.Select(f => Feedback(journal, f, r.Person.Id)), "None recorded.");
        md.Append(C, $"\n{h3} Received from {name}\n\n");
        Items(md, r.FeedbackReceived.Select(f => Feedback(journal, f, r.Person.Id)), "None recorded.");
        if (r.FeedbackUnspecified.Count > 0)
        {
            md.Append(C, $"\n{h3} Not marked given or received\n\n");
            Items(md, r.FeedbackUnspecified.Select(f => Feedback(journal, f, r.Person.Id)), "");
        }

        md.Append(C, $"\n{h2} Goals ({r.GoalsStarted} started, {r.GoalsReached} reached, {r.GoalsDropped} dropped, {r.GoalsAtRisk} at risk)\n\n");
        Items(md, r.Goals.Select(g =>
        {
            var flags = new[] { g.Started ? "started" : null, g.Reached ? "reached" : null, g.Dropped ? "dropped" : null, g.AtRisk ? "at risk" : null }.OfType<string>().ToList();
            var comment = g.Points.LastOrDefault(p => p.Comment is not null)?.Comment;
            return $"{g.Goal.Title}: {Format.Status(g.StatusAtEnd).ToLowerInvariant()}{(g.ProgressAtEnd is { } p ? $" {p}%" : "")} at year end{Trail(g)}"
                + (flags.Count > 0 ? $"; this year: {string.Join(", ", flags)}" : "")
                + (comment is null ? "" : $". Latest: {comment}");
        }), "No goal discussed this year.");

        md.Append(C, $"\n{h2} Action items\n\n");
        md.Append(C, $"- In all: opened {r.ActionsOpened.Count}, closed {r.ActionsClosed.Count}, still open {r.ActionsStillOpen.Count}\n");
        foreach (var f in r.ActionsByOwner)
        {
            md.Append(C, $"- {ReviewPages.OwnerLabel(f.Owner, name)}: opened {f.Opened.Count}, closed {f.Closed.Count} ({f.OnTime} on time, {f.ByNextMeeting} by the next 1:1, {f.Late} late; on time {Percent(f.OnTimePercent)}), still open {f.StillOpen.Count} ({f.Overdue} overdue)\n");
        }

        foreach (var a in r.ActionsStillOpen.OrderBy(a => a.Due ?? DateOnly.MaxValue))
        {
            md.Append(C, $"- Still open: {a.Text}{(a.Owner is null ? "" : $" ({journal.NameOf(a.Owner)})")}{(a.Due is { } due ? $", due {Day(due)}" : "")}, opened {Day(a.OpenedOn)}\n");
        }

        md.Append(C, $"\n{h2} Meetings\n\n");
        md.Append(C, $"- Held {r.Held} of {r.Expected} expected ({r.Person.Cadence.Label}); cadence kept {Percent(r.CadenceKeptPercent)}\n");
        md.Append("- By month: ").Append(string.Join(", ", r.ByMonth.Where(m => m.Month <= journal.Today).Select(m => $"{m.Month.ToString("MMM", C)} {m.Count}"))).Append('\n');
        md.Append("- By type: ").Append(string.Join(", ", r.ByType.Select(t => $"{(journal.TypeById.TryGetValue(t.Key, out var type) ? type.Name : t.Key)} {t.Count}"))).Append('\n');
        if (r.LongestGaps.Count > 0)
        {
            md.Append("- Longest gaps: ").Append(string.Join("; ", r.LongestGaps.Select(g => $"{Format.Count(g.Days, "day")} ({Day(g.Before)} to {Day(g.After)}{(g.Kept ? "" : ", longer than the cadence")})"))).Append('\n');
        }

        md.Append(C, $"\n{h2} Mood and themes\n\n");
        md.Append(r.AverageMood is { } avg
            ? $"- Mood: average {avg.ToString("0.0", C)} of 5 over {Format.Count(r.MoodNotes.Count, "meeting")}: {string.Join(", ", r.MoodNotes.Select(n => $"{n.Date!.Value.ToString("d MMM", C)} {n.Mood}"))}\n"
            : "- Mood: not recorded\n");
        md.Append("- Top tags: ").Append(r.TopTags.Count == 0 ? "none" : string.Join(", ", r.TopTags.Select(t => $"{t.Key} ({t.Count})"))).Append('\n');

        md.Append(C, $"\n{h2} Evidence\n\nNotes with a win or feedback, of {Format.Count(r.Notes.Count, "note")} this year:\n\n");
        Items(md, r.Evidence.Select(e =>
            $"{Day(e.Note)}: {e.Note.Title} ({string.Join(", ", new[] { e.Wins > 0 ? Format.Count(e.Wins, "win") : null, e.Feedback > 0 ? $"{e.Feedback} feedback" : null }.OfType<string>())}), {e.Note.SourcePath}"), "None.");
    }

    /// <summary>The expected-meetings rule in one sentence (the journal-wide list; each person's export gives their own numbers).</summary>
    private const string ExpectedNote = "Expected meetings: days of the year the relationship was active (from since:, or else the first meeting with the person, up to until: or today) divided by the cadence, rounded, at least 1.";

    /// <summary>The on-time rule, the same as the review page's footnote.</summary>
    private const string OnTimeNote = "Actions on time: the person's own items (@id) with a due date, done on or before it (the ✅ or done: date when written, else the date of the note that ticked it); an item ticked at the first 1:1 after its due date with no done date written counts as closed by the next 1:1, never as late. Yours (@me) and shared items are counted apart.";

    private static void Items(StringBuilder md, IEnumerable<string> items, string none)
    {
        var any = false;
        foreach (var item in items)
        {
            md.Append("- ").Append(item.ReplaceLineEndings(" ")).Append('\n');
            any = true;
        }

        if (!any && none.Length > 0)
        {
            md.Append(none).Append('\n');
        }
    }

    private static string Feedback(JournalModel journal, FeedbackItem f, string personId) =>
        $"{Day(f.Note)}{Others(journal, f.Note, personId)}{Kind(f.Entry)}: {f.Entry.Text}";

    private static string Kind(FeedbackEntry e) => e.Kind switch
    {
        FeedbackKind.Praise => " (praise)",
        FeedbackKind.Constructive => " (constructive)",
        _ => "",
    };

    private static string Trail(GoalReview g)
    {
        var steps = g.ProgressTrail;
        return steps.Count > 1 ? $" (progress {string.Join(" → ", steps.Select(s => $"{s}%"))})" : "";
    }

    private static string With(JournalModel journal, Note note, string? besides) =>
        string.Join(", ", note.With.Where(id => id != besides).Select(journal.NameOf));

    private static string Others(JournalModel journal, Note note, string personId)
    {
        var others = With(journal, note, personId);
        return others.Length == 0 ? "" : $" (also with {others})";
    }

    private static string UpTo(JournalModel journal, ReviewYear year) =>
        year.Contains(journal.Today) ? $" · in progress, up to {Day(journal.Today)}" : "";

    private static string Day(Note note) => Day(note.Date!.Value);

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", C);

    private static string Percent(int? value) => value is { } v ? $"{v}%" : "–";
}
