using System.Globalization;
using System.Net;
using System.Text;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>
/// The year-in-review charts, inline SVG in the manner of <see cref="Charts"/>: <c>role="img"</c>, a
/// <c>&lt;title&gt;</c> and an <c>aria-label</c> stating the data in words; colours from CSS classes only
/// (no <c>style</c> attribute, for the CSP); every value also printed as text so print in black and white
/// stays readable.
/// </summary>
internal static class ReviewCharts
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Meetings per month: one bar per month of the review year, the count written above each bar; months starting after <paramref name="today"/> show "–".</summary>
    public static string MeetingsByMonth(IReadOnlyList<MonthCount> months, string who, ReviewYear year, DateOnly today)
    {
        const int width = 640, height = 170, left = 8, right = 8, top = 22, bottom = 26;
        var max = Math.Max(1, months.Max(m => m.Count));
        var total = months.Sum(m => m.Count);
        var label = Encode($"Meetings with {who} by month, {year.Label}: "
            + string.Join(", ", months.Select(m => $"{m.Month.ToString("MMM yyyy", C)} {m.Count}"))
            + $". Total {total}.");
        var svg = new StringBuilder();
        svg.Append(C, $"<svg class=\"chart chart-months\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(C, $"<title>{label}</title>");
        var plotH = height - top - bottom;
        var slot = (width - left - right) / (double)months.Count;
        svg.Append(C, $"<line class=\"baseline\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{top + plotH}\" y2=\"{top + plotH}\"/>");
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = left + (i * slot) + (slot * 0.18);
            var w = slot * 0.64;
            var h = m.Count * plotH / (double)max;
            var cx = left + (i * slot) + (slot / 2);
            if (m.Count > 0)
            {
                svg.Append(C, $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{top + plotH - h:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\"/>");
            }

            var value = m.Month > today ? "–" : m.Count.ToString(C);
            svg.Append(C, $"<text class=\"value\" x=\"{cx:0.#}\" y=\"{top + plotH - h - 5:0.#}\" text-anchor=\"middle\">{value}</text>");
            svg.Append(C, $"<text class=\"axis\" x=\"{cx:0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{m.Month.ToString("MMM", C)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Mood (1..5) across the review year: x = date in the year, y = mood; empty string when no note gives a mood.</summary>
    public static string MoodAcrossYear(IReadOnlyList<Note> moodNotesOldestFirst, string who, ReviewYear year)
    {
        var points = moodNotesOldestFirst.Where(n => n.Mood is not null && n.Date is not null).ToList();
        if (points.Count == 0)
        {
            return "";
        }

        const int width = 640, height = 130, left = 30, right = 12, top = 10, bottom = 24;
        var average = points.Average(n => n.Mood!.Value);
        var label = Encode($"Mood in meetings with {who}, {year.Label}: "
            + string.Join(", ", points.Select(n => $"{Format.Short(n.Date!.Value)} {n.Mood} of 5"))
            + $". Average {average.ToString("0.0", C)} of 5.");
        var first = year.Start.DayNumber;
        var span = (double)(year.End.DayNumber - first);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        double X(DateOnly d) => left + ((d.DayNumber - first) * plotW / span);
        double Y(int mood) => top + plotH - ((mood - 1) * plotH / 4.0);
        var svg = new StringBuilder();
        svg.Append(C, $"<svg class=\"chart chart-mood\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(C, $"<title>{label}</title>");
        for (var mood = 1; mood <= 5; mood++)
        {
            svg.Append(C, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(mood):0.#}\" y2=\"{Y(mood):0.#}\"/>");
            svg.Append(C, $"<text class=\"axis\" x=\"{left - 8}\" y=\"{Y(mood) + 4:0.#}\" text-anchor=\"end\">{mood}</text>");
        }

        foreach (var (month, i) in year.Months.Select((m, i) => (m, i)).Where(x => x.i % 3 == 0))
        {
            svg.Append(C, $"<text class=\"axis\" x=\"{X(month):0.#}\" y=\"{height - 6}\">{month.ToString("MMM yyyy", C)}</text>");
        }

        var path = string.Join(" ", points.Select((n, i) => string.Create(C, $"{(i == 0 ? 'M' : 'L')}{X(n.Date!.Value):0.#},{Y(n.Mood!.Value):0.#}")));
        svg.Append(C, $"<path class=\"line\" d=\"{path}\" fill=\"none\"/>");
        foreach (var n in points)
        {
            svg.Append(C, $"<circle class=\"marker\" cx=\"{X(n.Date!.Value):0.#}\" cy=\"{Y(n.Mood!.Value):0.#}\" r=\"4\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A goal's progress within the year as a small line (■ marks done, ▲ at risk or off track, ● otherwise); empty string when no progress was given.</summary>
    public static string GoalLine(GoalReview goal)
    {
        var points = goal.Points.Where(p => p.Progress is not null).ToList();
        if (points.Count == 0)
        {
            return "";
        }

        const int width = 140, height = 30;
        var label = Encode($"Progress of {goal.Goal.Title} in the year: " + string.Join(", ", points.Select(p => $"{p.Progress}% on {Format.Short(p.Date)} ({Format.Status(p.Status)})")) + ".");
        double X(int i) => points.Count == 1 ? width / 2.0 : 6 + (i * (width - 12) / (double)(points.Count - 1));
        double Y(int p) => height - 5 - (p * (height - 10) / 100.0);
        var svg = new StringBuilder(1024 + (points.Count * 160));
        svg.Append(C, $"<svg class=\"chart sparkline goal-line\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{label}</title>");
        svg.Append(C, $"<line class=\"grid\" x1=\"6\" x2=\"{width - 6}\" y1=\"{Y(100):0.#}\" y2=\"{Y(100):0.#}\"/>");
        if (points.Count > 1)
        {
            svg.Append("<path class=\"line\" d=\"");
            for (var i = 0; i < points.Count; i++)
            {
                svg.Append(C, $"{(i == 0 ? "M" : " L")}{X(i):0.#},{Y(points[i].Progress!.Value):0.#}");
            }

            svg.Append("\" fill=\"none\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var (x, y, cls) = (X(i), Y(points[i].Progress!.Value), Format.StatusClass(points[i].Status));
            switch (points[i].Status)
            {
                case GoalStatus.Done:
                    svg.Append(C, $"<rect class=\"marker {cls}\" x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\"/>");
                    break;
                case GoalStatus.AtRisk or GoalStatus.OffTrack:
                    svg.Append(C, $"<path class=\"marker {cls}\" d=\"M{x:0.#},{y - 5:0.#} L{x + 5:0.#},{y + 4:0.#} L{x - 5:0.#},{y + 4:0.#} Z\"/>");
                    break;
                default:
                    svg.Append(C, $"<circle class=\"marker {cls}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3.5\"/>");
                    break;
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => Theming.HtmlEncoding.Encode(text);
}
