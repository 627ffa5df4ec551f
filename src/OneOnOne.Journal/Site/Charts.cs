using System.Globalization;
using System.Net;
using System.Text;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>
/// Inline SVG charts (no script, no external file, legible in black and white): every chart has
/// <c>role="img"</c>, a <c>&lt;title&gt;</c> and an <c>aria-label</c> that states the data in words.
/// Colours come from CSS classes in the theme; shapes differ by status so print stays readable.
/// </summary>
internal static class Charts
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>A goal's progress over time: x = date, y = percent 0..100, one marker per mention.</summary>
    public static string Progress(Goal goal)
    {
        const int width = 640, height = 220, left = 44, right = 16, top = 16, bottom = 36;
        var points = goal.History.Where(p => p.Progress is not null).ToList();
        var summary = points.Count == 0
            ? $"No progress recorded for {goal.Title}."
            : $"Progress of {goal.Title}: " + string.Join("; ", points.Select(p => $"{Format.Iso(p.Date)} {p.Progress}% ({Format.Status(p.Status)})")) + ".";
        var label = Theming.HtmlEncoding.Encode(summary);
        var svg = new StringBuilder(2048 + (points.Count * 200));
        svg.Append(C, $"<svg class=\"chart chart-progress\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(C, $"<title>{label}</title>");
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        foreach (var pct in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + plotH - (pct * plotH / 100.0);
            svg.Append(C, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(C, $"<text class=\"axis\" x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{pct}%</text>");
        }

        if (points.Count > 0)
        {
            var first = points[0].Date.DayNumber;
            var span = Math.Max(1, points[^1].Date.DayNumber - first);
            double X(DateOnly d) => points.Count == 1 ? left + (plotW / 2.0) : left + ((d.DayNumber - first) * plotW / (double)span);
            double Y(int p) => top + plotH - (p * plotH / 100.0);
            svg.Append("<path class=\"line\" d=\"");
            for (var i = 0; i < points.Count; i++)
            {
                svg.Append(C, $"{(i == 0 ? "M" : " L")}{X(points[i].Date):0.#},{Y(points[i].Progress!.Value):0.#}");
            }

            svg.Append("\" fill=\"none\"/>");
            foreach (var p in points)
            {
                var x = X(p.Date);
                var y = Y(p.Progress!.Value);
                var cls = Format.StatusClass(p.Status);
                switch (p.Status)
                {
                    case GoalStatus.Done:
                        svg.Append(C, $"<rect class=\"marker {cls}\" x=\"{x - 5:0.#}\" y=\"{y - 5:0.#}\" width=\"10\" height=\"10\"/>");
                        break;
                    case GoalStatus.AtRisk or GoalStatus.OffTrack:
                        svg.Append(C, $"<path class=\"marker {cls}\" d=\"M{x:0.#},{y - 6:0.#} L{x + 6:0.#},{y + 5:0.#} L{x - 6:0.#},{y + 5:0.#} Z\"/>");
                        break;
                    default:
                        svg.Append(C, $"<circle class=\"marker {cls}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"5\"/>");
                        break;
                }
            }

            svg.Append(C, $"<text class=\"axis\" x=\"{left}\" y=\"{height - 10}\">{Format.Short(points[0].Date)} {points[0].Date.Year}</text>");
            if (points.Count > 1)
            {
                svg.Append(C, $"<text class=\"axis\" x=\"{width - right}\" y=\"{height - 10}\" text-anchor=\"end\">{Format.Short(points[^1].Date)} {points[^1].Date.Year}</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A small line of mood (1..5) across notes, oldest left; empty string when no note has a mood.</summary>
    public static string MoodSparkline(IReadOnlyList<Note> notesOldestFirst, string who)
    {
        var points = notesOldestFirst.Where(n => n.Mood is not null && n.Date is not null).ToList();
        if (points.Count == 0)
        {
            return "";
        }

        const int width = 160, height = 32;
        var average = points.Average(n => n.Mood!.Value);
        var label = Theming.HtmlEncoding.Encode($"Mood in meetings with {who}: {points.Count} values from {Format.Iso(points[0].Date!.Value)} to {Format.Iso(points[^1].Date!.Value)}, average {average.ToString("0.0", C)} of 5, latest {points[^1].Mood} of 5.");
        double X(int i) => points.Count == 1 ? width / 2.0 : 4 + (i * (width - 8) / (double)(points.Count - 1));
        double Y(int m) => height - 4 - ((m - 1) * (height - 8) / 4.0);
        var path = string.Join(" ", points.Select((n, i) => string.Create(C, $"{(i == 0 ? 'M' : 'L')}{X(i):0.#},{Y(n.Mood!.Value):0.#}")));
        return string.Create(C, $"<svg class=\"chart sparkline\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{label}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{label}</title><path class=\"line\" d=\"{path}\" fill=\"none\"/><circle class=\"marker\" cx=\"{X(points.Count - 1):0.#}\" cy=\"{Y(points[^1].Mood!.Value):0.#}\" r=\"3\"/></svg>");
    }
}
