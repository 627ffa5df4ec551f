using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Tests.Domain;

public sealed class ReviewYearTests
{
    [Fact]
    public void A_review_year_starting_in_April_is_numbered_by_the_year_it_starts_in_and_labelled_with_the_real_range()
    {
        var year = ReviewYear.Containing(new DateOnly(2026, 2, 10), 4);

        Assert.Equal(2025, year.Year);
        Assert.Equal(new DateOnly(2025, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2026, 3, 31), year.End);
        Assert.Equal("Apr 2025 – Mar 2026", year.Label);
        Assert.Equal(12, year.Months.Count);
        Assert.Equal(new DateOnly(2026, 3, 1), year.Months[^1]);
    }

    [Theory]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2026, 12, 31, 2026)]
    public void The_boundaries_belong_to_the_right_year(int y, int m, int d, int expected)
    {
        var year = ReviewYear.Containing(new DateOnly(y, m, d), 4);

        Assert.Equal(expected, year.Year);
        Assert.True(year.Contains(new DateOnly(y, m, d)));
    }

    [Fact]
    public void A_January_review_year_is_the_calendar_year()
    {
        var year = ReviewYear.Containing(new DateOnly(2026, 11, 22), 1);

        Assert.Equal(new ReviewYear(2026, 1), year);
        Assert.Equal("Jan 2026 – Dec 2026", year.Label);
        Assert.Equal(new DateOnly(2026, 12, 31), year.End);
    }

    [Fact]
    public void A_start_month_outside_1_to_12_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewYear.Containing(new DateOnly(2026, 1, 1), 13));
    }
}
