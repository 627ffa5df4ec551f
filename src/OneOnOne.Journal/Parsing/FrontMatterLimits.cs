namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Checks front-matter YAML against <see cref="InputLimits.MaxFrontMatterChars"/> and
/// <see cref="InputLimits.MaxYamlDepth"/> by a single pass over its text, before YamlDotNet reads it: YamlDotNet's
/// parser takes quadratic time on deep flow collections (100,000 <c>[</c> did not finish in a minute), and turning
/// its events into values recurses once per level, which overflows the stack (a crash no <c>catch</c> can stop).
/// The pass counts block levels (indentation, and the <c>- </c> and <c>? </c> markers that open a level on the
/// same line) and flow levels (<c>[</c> and <c>{</c> that open a value, and every bracket inside a flow
/// collection, outside quotes and comments); it skips block scalars (<c>|</c>, <c>&gt;</c>). It may count a
/// level more than YAML would (never fewer for the structures that nest), which only matters far past the
/// depth any real front matter has.
/// </summary>
internal static class FrontMatterLimits
{
    /// <summary>The first problem with <paramref name="yaml"/>: its 1-based line in the YAML text and the message; null when it is within the limits.</summary>
    public static (int Line, string Message)? Check(string yaml)
    {
        if (yaml.Length > InputLimits.MaxFrontMatterChars)
        {
            return (1, $"the front matter is larger than {InputLimits.Size(InputLimits.MaxFrontMatterChars)} ({InputLimits.Size(yaml.Length)}); front matter is for short 'key: value' lines: move long text into the body below the closing '---'");
        }

        var indents = new List<int>();
        var flow = 0;
        var blockScalar = -1; // indentation of the line that opened a block scalar (| or >), while inside it
        var line = 0;
        var start = 0;
        while (start <= yaml.Length)
        {
            line++;
            var end = yaml.IndexOf('\n', start);
            var text = end < 0 ? yaml.AsSpan(start) : yaml.AsSpan(start, end - start);
            start = end < 0 ? yaml.Length + 1 : end + 1;
            var i = 0;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var blank = i == text.Length || text[i] == '#' || (text.Length - i == 1 && text[i] == '\r');
            if (blockScalar >= 0)
            {
                if (blank || i > blockScalar)
                {
                    continue; // text of a block scalar: its brackets and indentation are not structure
                }

                blockScalar = -1;
            }

            if (blank)
            {
                continue;
            }

            var value = i;
            if (flow == 0)
            {
                while (indents.Count > 0 && indents[^1] > i)
                {
                    indents.RemoveAt(indents.Count - 1);
                }

                if (indents.Count == 0 || indents[^1] < i)
                {
                    indents.Add(i);
                }

                // "- - - x" and "? - x" open a level per marker on one line
                while (value < text.Length && text[value] is '-' or '?' && (value + 1 == text.Length || text[value + 1] == ' '))
                {
                    value++;
                    while (value < text.Length && text[value] == ' ')
                    {
                        value++;
                    }

                    indents.Add(value);
                    if (indents.Count > InputLimits.MaxYamlDepth)
                    {
                        return (line, TooDeep());
                    }
                }

                if (indents.Count > InputLimits.MaxYamlDepth)
                {
                    return (line, TooDeep());
                }

                value = ValueStart(text, value);
                if (value < 0)
                {
                    continue;
                }

                if (text[value] is '|' or '>')
                {
                    blockScalar = i;
                    continue;
                }

                if (text[value] is not ('[' or '{'))
                {
                    continue;
                }
            }

            // inside a flow collection (or at the bracket that opens one): every bracket outside quotes and comments counts
            for (var j = value; j < text.Length; j++)
            {
                switch (text[j])
                {
                    case '[' or '{':
                        flow++;
                        if (indents.Count + flow > InputLimits.MaxYamlDepth)
                        {
                            return (line, TooDeep());
                        }

                        break;
                    case ']' or '}':
                        flow = Math.Max(0, flow - 1);
                        break;
                    case '"':
                        j = SkipQuoted(text, j, '"');
                        break;
                    case '\'':
                        j = SkipQuoted(text, j, '\'');
                        break;
                    case '#' when j > 0 && text[j - 1] is ' ' or '\t':
                        j = text.Length;
                        break;
                }

                if (flow == 0)
                {
                    break; // the flow collection closed: the rest of the line is not flow
                }
            }
        }

        return null;
    }

    private static string TooDeep() =>
        $"the front matter is nested more than {InputLimits.MaxYamlDepth} levels deep; front matter is for short 'key: value' lines and simple lists: flatten it";

    /// <summary>Where the value of a block line starts (after <c>key:</c>, an anchor <c>&amp;a</c> or a tag <c>!t</c>), or -1 when the line has none.</summary>
    private static int ValueStart(ReadOnlySpan<char> text, int from)
    {
        var at = from;
        if (at < text.Length && text[at] is not ('[' or '{' or '|' or '>'))
        {
            // a key: the value follows the first ": " (or a ':' that ends the line); a quoted key is skipped whole
            var colon = -1;
            var keyEnd = text[at] is '"' or '\'' ? SkipQuoted(text, at, text[at]) + 1 : at;
            for (var j = keyEnd; j < text.Length; j++)
            {
                if (text[j] == ':' && (j + 1 == text.Length || text[j + 1] is ' ' or '\t'))
                {
                    colon = j;
                    break;
                }

                if (text[j] == '#' && j > 0 && text[j - 1] is ' ' or '\t')
                {
                    return -1;
                }
            }

            if (colon < 0)
            {
                return -1; // a scalar: its brackets are text
            }

            at = colon + 1;
        }

        while (at < text.Length)
        {
            while (at < text.Length && text[at] is ' ' or '\t')
            {
                at++;
            }

            if (at < text.Length && text[at] is '&' or '!')
            {
                while (at < text.Length && text[at] is not (' ' or '\t'))
                {
                    at++;
                }

                continue;
            }

            break;
        }

        return at < text.Length ? at : -1;
    }

    /// <summary>The position of the quote that closes the one at <paramref name="open"/> on this line (or the line's end).</summary>
    private static int SkipQuoted(ReadOnlySpan<char> text, int open, char quote)
    {
        for (var j = open + 1; j < text.Length; j++)
        {
            if (quote == '"' && text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == quote)
            {
                if (quote == '\'' && j + 1 < text.Length && text[j + 1] == '\'')
                {
                    j++; // '' is a quote inside single quotes
                    continue;
                }

                return j;
            }
        }

        return text.Length;
    }
}
