using OneOnOne.Journal.Theming;
using System.Globalization;
using OneOnOne.Journal.Domain;
using OneOnOne.Journal.Engine;
using OneOnOne.Journal.Site.Models;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The year in review (DESIGN.md, URLs): <c>/review/</c> lists the review years, <c>/review/&lt;yyyy&gt;/</c>
/// sets everyone met that year side by side with the owner's own wins and feedback, and
/// <c>/review/&lt;yyyy&gt;/&lt;person id&gt;/</c> is one person's year, printable.
/// </summary>
internal static class ReviewPages
{
    public static IEnumerable<Page> Create(JournalModel journal, PipelineContext context)
    {
        var startMonth = context.Settings.ReviewYearStart;
        var years = ReviewBuilder.YearsWithMeetings(journal, startMonth);
        // a year's review reads every note of the year: the years are made on every core
        var reviews = years.AsParallel().AsOrdered().Select(y => ReviewBuilder.ForJournal(journal, y)).ToList();
        var current = ReviewYear.Containing(journal.Today, startMonth);

        yield return new Page("review/index.html", ReviewIndexPageModel.Layout, "Year in review", "review", new ReviewIndexPageModel(
            Years: reviews.Select(r => new ReviewIndexYear(
                Year: r.Year.Year,
                Label: r.Year.Label,
                Url: YearUrl(r.Year),
                People: Format.Count(r.People.Count, "person", "people"),
                Meetings: Format.Count(r.Meetings, "meeting"),
                IsCurrent: r.Year == current)).ToList(),
            HasYears: reviews.Count > 0,
            StartMonth: CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(startMonth)));

        var views = new Views(journal);

        // preview: a person's year is the same when their notes are (affected people) and so is the journal's first note date
        var firstNote = journal.Notes.Where(n => n.IsPlaced).Select(n => (DateOnly?)n.Date!.Value).Min();
        var memo = context.Session?.Get<FirstNote>();
        var sameStart = memo is not null && memo.Value == firstNote;
        if (memo is not null)
        {
            memo.Value = firstNote;
        }

        foreach (var review in reviews)
        {
            var others = reviews.Where(r => r != review).Select(r => new ReviewYearLink(r.Year.Year, YearUrl(r.Year))).ToList();
            yield return new Page(YearUrl(review.Year)[2..] + "index.html", ReviewPageModel.Layout, $"Year in review {review.Year.Label}", "review", JournalModelFor(journal, review, others, review.Year == current), Printable: true);
            // each person's page reads their year's meetings, goals and actions: made on every core (ParallelPages)
            foreach (var page in ParallelPages.Make(review.People, person =>
            {
                var destination = PersonUrl(review.Year, person.Person.Id)[2..] + "index.html";
                if (sameStart && !context.Changes!.Everything && !context.Changes.IsAffected(person.Person.Id))
                {
                    // preview: another person's review is not affected by this save
                    return ReusedPage.Create(destination, ReviewPersonPageModel.Layout, "review");
                }

                var personYears = reviews.Where(r => r.People.Any(p => p.Person.Id == person.Person.Id))
                    .Select(r => new ReviewPersonYear(r.Year.Year, PersonUrl(r.Year, person.Person.Id), r == review))
                    .ToList();
                return new Page(destination, ReviewPersonPageModel.Layout, $"{person.Person.Name}: year in review {review.Year.Label}", "review", PersonModel(journal, views, person, personYears, review.Year == current), Printable: true);
            }))
            {
                yield return page;
            }
        }
    }

    /// <summary>The date of the journal's first note in the previous preview build (a <see cref="SessionState"/> memo): a person's review years start from it.</summary>
    private sealed class FirstNote
    {
        public DateOnly? Value { get; set; }
    }

    /// <summary><c>~/review/&lt;yyyy&gt;/</c>.</summary>
    public static string YearUrl(ReviewYear year) => $"~/review/{year.Year.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary><c>~/review/&lt;yyyy&gt;/&lt;person id&gt;/</c>.</summary>
    public static string PersonUrl(ReviewYear year, string personId) => $"{YearUrl(year)}{personId}/";

    /// <summary>The review years in which a person was met, newest first, as links (for the person page).</summary>
    public static IReadOnlyList<PersonReviewLink> LinksFor(JournalModel journal, int startMonth, string personId) =>
        [.. ReviewBuilder.YearsWithMeetings(journal, startMonth)
            .Where(y => ReviewBuilder.NotesIn(journal, personId, y).Count > 0)
            .Select(y => new PersonReviewLink(y.Year, y.Label, PersonUrl(y, personId)))];

    private static ReviewPageModel JournalModelFor(JournalModel journal, JournalReview review, IReadOnlyList<ReviewYearLink> otherYears, bool isCurrent)
    {
        // current colleagues first, then the former ones under their own heading row
        var people = review.People.OrderBy(p => p.Person.IsFormer(journal.Today)).ToList();
        return JournalModelFor(journal, review, people, otherYears, isCurrent);
    }

    private static ReviewPageModel JournalModelFor(JournalModel journal, JournalReview review, List<PersonReview> people, IReadOnlyList<ReviewYearLink> otherYears, bool isCurrent) => new(
        Year: review.Year.Year,
        Label: review.Year.Label,
        Owner: journal.Owner,
        IsCurrent: isCurrent,
        UpTo: isCurrent ? Format.Date(journal.Today) : null,
        OtherYears: otherYears,
        Meetings: review.Meetings,
        PeopleCount: Format.Count(review.People.Count, "person", "people"),
        GoalsReached: Format.Count(review.People.Sum(p => p.GoalsReached), "goal"),
        Wins: Format.Count(review.People.Sum(p => p.Wins.Count), "win"),
        FeedbackGiven: Format.Count(review.People.Sum(p => p.FeedbackGiven.Count), "piece"),
        MeetingsText: Format.Count(review.Meetings, "meeting"),
        HasFormer: review.People.Any(p => p.Person.IsFormer(journal.Today)),
        People: people.Select((p, i) => new ReviewPersonRow(
            FormerHeading: p.Person.IsFormer(journal.Today) && (i == 0 || !people[i - 1].Person.IsFormer(journal.Today)),
            Name: p.Person.Name,
            Url: PersonUrl(review.Year, p.Person.Id),
            Relationship: Format.Relationship(p.Person.Relationship),
            Cadence: p.Person.Cadence.Label,
            Held: p.Held,
            Expected: p.Expected,
            Kept: Percent(p.CadenceKeptPercent),
            KeptLow: p.CadenceKeptPercent is < 60,
            GoalsReached: p.GoalsReached,
            GoalsInYear: p.Goals.Count,
            Wins: p.Wins.Count,
            Given: p.FeedbackGiven.Count,
            Received: p.FeedbackReceived.Count,
            OpenActions: p.ActionsStillOpen.Count,
            OpenTheirs: p.Theirs.StillOpen.Count,
            OpenYours: p.Yours.StillOpen.Count,
            OpenShared: p.Shared.StillOpen.Count,
            OnTime: Percent(p.OnTimePercent),
            IsFormer: p.Person.IsFormer(journal.Today),
            Until: p.Person.Until is { } u ? Format.Date(u) : null)).ToList(),
        OwnerWins: review.OwnerWins.Select(w => Win(journal, w)).ToList(),
        OwnerFeedback: review.OwnerFeedbackReceived.Select(f => Feedback(journal, f)).ToList(),
        HasOwnerItems: review.OwnerWins.Count + review.OwnerFeedbackReceived.Count > 0);

    private static ReviewPersonPageModel PersonModel(JournalModel journal, Views views, PersonReview r, IReadOnlyList<ReviewPersonYear> years, bool isCurrent)
    {
        var name = r.Person.Name;
        var given = r.FeedbackGiven.Select(f => Feedback(journal, f, r.Person.Id)).ToList();
        var unspecified = r.FeedbackUnspecified.Select(f => Feedback(journal, f, r.Person.Id)).ToList();
        var received = r.FeedbackReceived.Select(f => Feedback(journal, f, r.Person.Id)).ToList();
        var goals = r.Goals.Select(g => (Review: g, Model: Goal(g))).ToList();
        return new ReviewPersonPageModel(
            Id: r.Person.Id,
            Name: name,
            Role: r.Person.Role,
            Relationship: Format.Relationship(r.Person.Relationship),
            PersonUrl: Views.PersonUrl(r.Person.Id),
            YearUrl: YearUrl(r.Year),
            Year: r.Year.Year,
            Label: r.Year.Label,
            IsCurrent: isCurrent,
            UpTo: isCurrent ? Format.Date(journal.Today) : null,
            Years: years,
            ActiveFrom: r.ActiveFrom is { } f && f != r.Year.Start ? Format.Date(f) : null,
            Glance: new ReviewGlance(
                Held: r.Held,
                Expected: r.Expected,
                HeldPercent: Percent(r.HeldPercent),
                Kept: Percent(r.CadenceKeptPercent),
                Cadence: r.Person.Cadence.Label,
                GoalsReached: r.GoalsReached,
                GoalsInYear: r.Goals.Count,
                Wins: r.Wins.Count,
                Given: r.FeedbackGiven.Count,
                Received: r.FeedbackReceived.Count,
                Closed: r.ActionsClosed.Count,
                OnTime: Percent(r.OnTimePercent),
                TheirOnTime: r.Theirs.OnTime,
                TheirByNextMeeting: r.Theirs.ByNextMeeting,
                TheirLate: r.Theirs.Late,
                TheirWithDue: r.Theirs.ClosedWithDue,
                YourOnTime: Percent(r.Yours.OnTimePercent),
                YourWithDue: r.Yours.ClosedWithDue),
            Footnotes: new ReviewFootnotes(
                Expected: ExpectedRule(r, Format.Date),
                GraceDays: r.Person.Cadence.GraceDays,
                CadenceDays: r.Person.Cadence.Days),
            ReachedGoals: goals.Where(g => g.Review.Reached).Select(g => g.Model).ToList(),
            Wins: r.Wins.Select(w => Win(journal, w, r.Person.Id)).ToList(),
            HasAchievements: r.Wins.Count > 0 || r.GoalsReached > 0,
            Given: given,
            Received: received,
            Unspecified: unspecified,
            HasFeedback: r.Feedback.Count > 0,
            Goals: goals.Select(g => g.Model).ToList(),
            Goal: new ReviewGoalCounts(Started: r.GoalsStarted, Reached: r.GoalsReached, Dropped: r.GoalsDropped, AtRisk: r.GoalsAtRisk),
            MonthsChart: Html.Of(ReviewCharts.MeetingsByMonth(r.ByMonth, name, r.Year, journal.Today)),
            ByType: r.ByType.Select(t => new ReviewTypeCount(views.TypeName(t.Key), $"~/prep/{t.Key}/", t.Count)).ToList(),
            LongestGaps: r.LongestGaps.Select(g => new ReviewGap(
                Days: Format.Count(g.Days, "day"),
                Kept: g.Kept,
                From: Format.Date(g.Before.Date!.Value),
                FromUrl: Views.NoteUrl(g.Before),
                To: Format.Date(g.After.Date!.Value),
                ToUrl: Views.NoteUrl(g.After))).ToList(),
            Actions: new ReviewActions(
                Opened: r.ActionsOpened.Count,
                Closed: r.ActionsClosed.Count,
                StillOpen: r.ActionsStillOpen.Count,
                ByOwner: r.ActionsByOwner.Select(o => new ReviewOwnerFigures(
                    Label: OwnerLabel(o.Owner, name),
                    Key: Enums.ToJournal(o.Owner),
                    Opened: o.Opened.Count,
                    Closed: o.Closed.Count,
                    StillOpen: o.StillOpen.Count,
                    Overdue: o.Overdue,
                    OnTime: o.OnTime,
                    ByNextMeeting: o.ByNextMeeting,
                    Late: o.Late,
                    OnTimePercent: Percent(o.OnTimePercent))).ToList(),
                OpenRows: Views.OrderForDisplay(r.ActionsStillOpen, journal.Today).Select(views.Action).ToList()),
            MoodChart: Html.Of(ReviewCharts.MoodAcrossYear(r.MoodNotes, name, r.Year)),
            AverageMood: r.AverageMood is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : null,
            MoodCount: Format.Count(r.MoodNotes.Count, "meeting"),
            Tags: r.TopTags.Select(t => new ReviewTag(t.Key, t.Count)).ToList(),
            Evidence: r.Evidence.Select(e => new ReviewEvidence(
                Url: Views.NoteUrl(e.Note),
                Title: e.Note.Title,
                Date: Format.Date(e.Note.Date!.Value),
                Iso: Format.Iso(e.Note.Date!.Value),
                What: string.Join(", ", new[] { e.Wins > 0 ? Format.Count(e.Wins, "win") : null, e.Feedback > 0 ? $"{e.Feedback} feedback" : null }.OfType<string>()))).ToList(),
            NoteCount: Format.Count(r.Notes.Count, "note"));
    }

    private static ReviewGoal Goal(GoalReview g) => new(
        Title: g.Goal.Title,
        Url: "~/" + g.Goal.Permalink,
        Status: Format.Status(g.StatusAtEnd),
        StatusClass: Format.StatusClass(g.StatusAtEnd),
        Progress: g.ProgressAtEnd,
        HasProgress: g.ProgressAtEnd is not null,
        Line: Html.Of(ReviewCharts.GoalLine(g)),
        Trail: g.ProgressTrail.Count > 1 ? string.Join(" → ", g.ProgressTrail.Select(s => $"{s}%")) : "",
        Flags: string.Join(", ", new[] { g.Started ? "started" : null, g.Reached ? "reached " + Format.Short(g.Goal.ReachedOn!.Value) : null, g.Dropped ? "dropped" : null, g.AtRisk ? "at risk" : null }.OfType<string>()),
        Comment: g.Points.LastOrDefault(p => p.Comment is not null)?.Comment);

    private static ReviewWin Win(JournalModel journal, WinItem w, string? besides = null) => new(
        Text: w.Text,
        Date: Format.Date(w.Note.Date!.Value),
        Iso: Format.Iso(w.Note.Date!.Value),
        Url: Views.NoteUrl(w.Note),
        Title: w.Note.Title,
        With: string.Join(", ", w.Note.With.Where(id => id != besides).Select(journal.NameOf)));

    private static ReviewFeedback Feedback(JournalModel journal, FeedbackItem f, string? besides = null) => new(
        Text: f.Entry.Text,
        Kind: f.Entry.Kind switch { FeedbackKind.Praise => "praise", FeedbackKind.Constructive => "constructive", _ => "" },
        KindClass: "fb-" + Enums.ToJournal(f.Entry.Kind),
        HasKind: f.Entry.Kind != FeedbackKind.Unspecified,
        Direction: Enums.ToJournal(f.Entry.Direction),
        Date: Format.Date(f.Note.Date!.Value),
        Iso: Format.Iso(f.Note.Date!.Value),
        Url: Views.NoteUrl(f.Note),
        Title: f.Note.Title,
        With: string.Join(", ", f.Note.With.Where(id => id != besides).Select(journal.NameOf)));

    /// <summary>The owner bucket as a row label: "Alice's own (@alice)", "Yours (@me)", "Shared or unassigned".</summary>
    internal static string OwnerLabel(ActionOwner owner, string name) => owner switch
    {
        ActionOwner.Theirs => $"{name}'s own",
        ActionOwner.Yours => "Yours (@me)",
        _ => "Shared or unassigned",
    };

    /// <summary>How this person's expected meetings were counted, in one sentence with the actual dates and numbers.</summary>
    /// <param name="r">The review.</param>
    /// <param name="day">How dates are written (the page's <see cref="Format.Date"/>, the export's plain day).</param>
    internal static string ExpectedRule(PersonReview r, Func<DateOnly, string> day)
    {
        if (r.ActiveFrom is not { } from || r.ActiveTo is not { } to)
        {
            return "No meeting was expected: the relationship was not active in this year.";
        }

        var start = from == r.Year.Start ? "the start of the year"
            : r.Person.Since == from ? "since:"
            : r.Person.Since is null && r.Notes.Count > 0 && r.Notes[0].Date == from ? "the first meeting with them"
            : "the journal's first note";
        var end = r.Person.Until is { } until && until == to ? "until:, the relationship ended" : to == r.Year.End ? "the end of the year" : "today";
        return $"Expected meetings: {Format.Count(r.ActiveDays, "day")} from {day(from)} ({start}) to {day(to)} ({end}), divided by the cadence of {Format.Count(r.Person.Cadence.Days, "day")} and rounded, at least 1: {r.Expected}.";
    }

    private static string Percent(int? value) => value is { } v ? $"{v}%" : "–";
}
