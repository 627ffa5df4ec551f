using System.Text.RegularExpressions;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// DESIGN.md's fallback for notes without front matter: a file name that starts with a date gives
/// the date, and the rest of the stem names the person (<c>2026-03-04-alice-chen.md</c>,
/// <c>2026-03-04 Alice Chen.md</c>).
/// </summary>
public static partial class FileNameConvention
{
    /// <summary>Reads a file stem (the name without <c>.md</c>).</summary>
    /// <returns>The date text and the person text, each null when absent.</returns>
    public static (string? Date, string? Person) Read(string stem)
    {
        var match = StemPattern().Match(stem);
        if (!match.Success)
        {
            return (null, null);
        }

        var person = match.Groups["person"].Success ? match.Groups["person"].Value.Trim() : null;
        return (match.Groups["date"].Value, string.IsNullOrEmpty(person) ? null : person);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[ _\-]+(?<person>.+))?$")]
    private static partial Regex StemPattern();
}
