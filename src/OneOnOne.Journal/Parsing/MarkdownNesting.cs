using Markdig;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Finds where Markdown stops parsing because it is nested deeper than Markdig allows
/// (<see cref="InputLimits.MaxMarkdownDepth"/>): Markdig's exception names no position, and a message without a
/// line would leave the user searching a long note.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Whether <paramref name="e"/> is Markdig's "too deeply nested" error (an <see cref="ArgumentException"/> without a parameter name).</summary>
    public static bool IsTooDeep(Exception e) =>
        e is ArgumentException { ParamName: null } && e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// The 1-based line of <paramref name="markdown"/> from which it no longer parses and renders with <paramref name="pipeline"/>:
    /// the fewest leading lines that still make Markdig throw, found by bisection (about log2(lines) parses, run
    /// only for a note that already failed). The last line when every shorter prefix parses.
    /// </summary>
    public static int FirstBadLine(string markdown, MarkdownPipeline pipeline)
    {
        var ends = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1))
        {
            ends.Add(i + 1);
        }

        if (ends.Count == 0 || ends[^1] < markdown.Length)
        {
            ends.Add(markdown.Length);
        }

        // invariant: the first `high` lines fail; the first `low` lines parse
        var (low, high) = (0, ends.Count);
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Fails(markdown[..ends[middle - 1]], pipeline))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }

    private static bool Fails(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            // rendered too: Markdig checks the depth of inlines (emphasis) when it writes them, not when it parses them
            Markdown.Parse(markdown, pipeline).ToHtml(pipeline);
            return false;
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            return true;
        }
    }
}
