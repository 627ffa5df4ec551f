using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class CadenceReportTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("weekly", 7)]
    [InlineData("biweekly", 14)]
    [InlineData("monthly", 30)]
    [InlineData("quarterly", 91)]
    [InlineData("10d", 10)]
    [InlineData(" 21 days ", 21)]
    public void Cadence_spellings_parse_to_days(string text, int days) => Assert.Equal(days, Cadence.Parse(text)!.Days);

    [Theory]
    [InlineData("sometimes")]
    [InlineData("0d")]
    [InlineData("")]
    public void Unknown_cadences_do_not_parse(string text) => Assert.Null(Cadence.Parse(text));

    [Fact]
    public void Gaps_within_the_interval_plus_grace_count_as_kept()
    {
        // weekly: grace is 2 days, so gaps of 7 and 9 are kept, 14 is not
        var report = CadenceReport.Compute(Cadence.Weekly, [D("2026-03-01"), D("2026-03-08"), D("2026-03-17"), D("2026-03-31")], D("2026-04-02"));

        Assert.Equal(4, report.Meetings);
        Assert.Equal([7, 9, 14], report.Gaps);
        Assert.Equal(2, report.GapsKept);
        Assert.Equal(67, report.KeptPercent);
        Assert.Equal(14, report.LongestGap);
        Assert.Equal(D("2026-04-07"), report.NextDue);
        Assert.Equal(CadenceState.OnTrack, report.State);
    }

    [Fact]
    public void The_next_meeting_is_due_soon_within_three_days_and_overdue_after_its_date()
    {
        var dates = new[] { D("2026-03-01") };
        Assert.Equal(CadenceState.DueSoon, CadenceReport.Compute(Cadence.Weekly, dates, D("2026-03-05")).State);
        Assert.Equal(CadenceState.DueSoon, CadenceReport.Compute(Cadence.Weekly, dates, D("2026-03-08")).State);
        var overdue = CadenceReport.Compute(Cadence.Weekly, dates, D("2026-03-09"));
        Assert.Equal(CadenceState.Overdue, overdue.State);
        Assert.Equal(-1, overdue.DaysUntilDue);
    }

    [Fact]
    public void Two_notes_on_one_day_are_one_meeting_and_future_notes_do_not_count()
    {
        var report = CadenceReport.Compute(Cadence.Weekly, [D("2026-03-01"), D("2026-03-01"), D("2026-04-01")], D("2026-03-02"));

        Assert.Equal(1, report.Meetings);
        Assert.Empty(report.Gaps);
        Assert.Null(report.KeptPercent);
    }

    [Fact]
    public void Nobody_met_yet_has_no_due_date()
    {
        var report = CadenceReport.Compute(Cadence.Monthly, [], D("2026-03-02"));
        Assert.Equal(CadenceState.NotMetYet, report.State);
        Assert.Null(report.NextDue);
    }

    [Fact]
    public void A_former_colleague_is_never_overdue_nor_due()
    {
        var dates = new[] { D("2026-01-05"), D("2026-01-26") };

        var ended = CadenceReport.Compute(Cadence.Weekly, dates, D("2026-06-30"), endedOn: D("2026-01-31"));
        var endsToday = CadenceReport.Compute(Cadence.Weekly, dates, D("2026-06-30"), endedOn: D("2026-06-30"));

        Assert.Equal(CadenceState.Ended, ended.State);
        Assert.Null(ended.NextDue);
        Assert.Equal((2, D("2026-01-26")), (ended.Meetings, ended.LastMet!.Value)); // the record stays
        Assert.Equal(CadenceState.Overdue, endsToday.State); // until: today is still active
        Assert.Equal(CadenceState.Ended, CadenceReport.Compute(Cadence.Weekly, [], D("2026-06-30"), D("2026-01-31")).State); // never met: not "not met yet" either
    }
}
