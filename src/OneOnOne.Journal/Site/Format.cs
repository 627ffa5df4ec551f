using System.Globalization;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Site;

/// <summary>How the site writes dates, statuses and counts (English, invariant culture, so output does not depend on the machine).</summary>
internal static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    // a journal has a few thousand distinct dates and its pages write each of them many times
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> IsoDates = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> Dates = new();

    /// <summary>ISO date, e.g. 2026-03-04 (for &lt;time datetime&gt; and sorting).</summary>
    public static string Iso(DateOnly date) => IsoDates.GetOrAdd(date, static d => d.ToString("yyyy-MM-dd", Culture));

    /// <summary>Readable date, e.g. "Wed 4 Mar 2026".</summary>
    public static string Date(DateOnly date) => Dates.GetOrAdd(date, static d => d.ToString("ddd d MMM yyyy", Culture));

    /// <summary>Readable short date, e.g. "4 Mar".</summary>
    public static string Short(DateOnly date) => date.ToString("d MMM", Culture);

    /// <summary>Status label, e.g. "At risk".</summary>
    public static string Status(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => "Proposed",
        GoalStatus.OnTrack => "On track",
        GoalStatus.AtRisk => "At risk",
        GoalStatus.OffTrack => "Off track",
        GoalStatus.Done => "Done",
        GoalStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    /// <summary>CSS class for a status badge, e.g. "status-at-risk".</summary>
    public static string StatusClass(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => "status-proposed",
        GoalStatus.OnTrack => "status-on-track",
        GoalStatus.AtRisk => "status-at-risk",
        GoalStatus.OffTrack => "status-off-track",
        GoalStatus.Done => "status-done",
        GoalStatus.Dropped => "status-dropped",
        _ => "status-" + Enums.ToJournal(status),
    };

    /// <summary>"in 3 days", "today", "2 days ago".</summary>
    public static string Relative(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 0 => $"in {days} days",
        _ => $"{-days} days ago",
    };

    /// <summary>"1 note", "3 notes".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n.ToString(Culture)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>Mood as text for screen readers and print: "4/5".</summary>
    public static string Mood(int? mood) => mood is { } m ? $"{m}/5" : "";

    /// <summary>The relationship's label, e.g. "Skip-level".</summary>
    public static string Relationship(Relationship r) => r switch
    {
        Domain.Relationship.Report => "Direct report",
        Domain.Relationship.Manager => "Manager",
        Domain.Relationship.Skip => "Skip-level manager",
        Domain.Relationship.SkipReport => "Skip-level report",
        Domain.Relationship.Peer => "Peer",
        Domain.Relationship.Exec => "Executive",
        Domain.Relationship.Mentor => "Mentor",
        Domain.Relationship.Mentee => "Mentee",
        Domain.Relationship.Self => "You",
        _ => "Other",
    };

    /// <summary>The first sentences of a text, at most <paramref name="max"/> characters, cut at a word.</summary>
    public static string Excerpt(string text, int max = 220)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max).TrimEnd(", ;:".AsSpan()), "…");
    }
}
