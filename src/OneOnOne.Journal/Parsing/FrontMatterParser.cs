using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace OneOnOne.Journal.Parsing;

/// <summary>The result of splitting a file into YAML front matter and Markdown body.</summary>
/// <param name="FrontMatter">The mapping, or null when the file has none (or it could not be read).</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyLine">1-based line where the body starts in the file.</param>
/// <param name="ErrorLine">1-based line of a front-matter problem, when there is one.</param>
/// <param name="Error">A plain message for the problem, or null.</param>
public sealed record FrontMatterResult(YamlMap? FrontMatter, string Body, int BodyLine, int ErrorLine, string? Error);

/// <summary>
/// Splits YAML front matter (between <c>---</c> lines at the top of the file, DESIGN.md) from the
/// body and parses it with YamlDotNet, keeping line numbers. Never throws on bad input: malformed
/// YAML gives an error with its line, and the body is still returned.
/// </summary>
/// <remarks>
/// The fences are read as other front-matter tools read them (docs/journal-format.md): blank lines may
/// come before the opening <c>---</c>, and either fence may carry trailing spaces or tabs, CRLF line
/// endings or (the opening one) a byte-order mark. Because a <c>private: true</c> that silently became
/// body text would be published (issue #14), a first line that looks like a fence but is not one
/// (<c> ---</c>, <c>----</c>, <c>-- -</c>, <c>---x</c>, an em dash), and <c>key: value</c> lines closed by
/// <c>---</c> with no opening fence, are errors rather than body text: publish then leaves the file out.
/// </remarks>
public static partial class FrontMatterParser
{
    /// <summary>Parses <paramref name="text"/> (normally LF line endings and no BOM, as <see cref="TextDecoder"/> gives; both are tolerated).</summary>
    public static FrontMatterResult Parse(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        text = TextDecoder.NormalizeNewlines(text);

        // the first non-blank line decides: blank lines before the opening fence are allowed
        var start = 0;
        var line = 1;
        var end = text.IndexOf('\n');
        while (end >= 0 && text.AsSpan(start, end - start).IsWhiteSpace())
        {
            start = end + 1;
            line++;
            end = text.IndexOf('\n', start);
        }

        var first = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
        if (!IsFence(first))
        {
            if (FenceLike().IsMatch(first))
            {
                return new FrontMatterResult(null, text, 1, line, $"line {line} looks like a front-matter fence but is not exactly '---' (nothing before it on the line, only spaces after it); fix it so the front matter is read");
            }

            if (end >= 0 && MissingOpeningFence(text, start) is { } closing)
            {
                return new FrontMatterResult(null, text, 1, line, $"these lines look like front matter closed by the '---' on line {line + closing} but have no opening '---' line; add one above them");
            }

            return new FrontMatterResult(null, text, 1, 0, null);
        }

        var fenceLine = line;
        if (end < 0)
        {
            return new FrontMatterResult(null, text, 1, fenceLine, "the front matter starts with '---' but has no closing '---' line");
        }

        // find the closing fence: a line that is --- or ... (trailing whitespace allowed)
        var yamlStart = end + 1;
        var position = yamlStart;
        line++;
        while (position <= text.Length)
        {
            end = text.IndexOf('\n', position);
            var lineText = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
            if (lineText.SequenceEqual("---") || lineText.SequenceEqual("..."))
            {
                // blank lines in front of the YAML keep its line numbers those of the file (the readers below add 1 for the fence)
                var yaml = new string('\n', fenceLine - 1) + text[yamlStart..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return ParseYaml(yaml, body, line + 1, fenceLine + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatterResult(null, text, 1, fenceLine, "the front matter starts with '---' but has no closing '---' line");
    }

    /// <summary>An opening fence: exactly <c>---</c>, then only spaces or tabs.</summary>
    private static bool IsFence(ReadOnlySpan<char> line) =>
        line.StartsWith("---") && line[3..].TrimEnd(" \t").IsEmpty;

    /// <summary>
    /// A first line meant as a fence but not one: two dashes (hyphens, en or em dashes) at its start, after optional
    /// whitespace and with optional spaces between them; or a line of nothing but dashes that starts with an en or em
    /// dash (what "smart punctuation" makes of <c>---</c>).
    /// </summary>
    [GeneratedRegex(@"^\s*[-\u2013\u2014][ \t]*[-\u2013\u2014]|^\s*[\u2013\u2014][-\u2013\u2014\s]*$")]
    private static partial Regex FenceLike();

    /// <summary>A top-level <c>key: value</c> line as front matter has it.</summary>
    [GeneratedRegex(@"^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")]
    private static partial Regex KeyLine();

    /// <summary>
    /// When the text from <paramref name="start"/> is <c>key: value</c> lines (with indented or list lines under them)
    /// up to a fence line, with no blank line between: how many lines below the first that fence is. Else null.
    /// </summary>
    private static int? MissingOpeningFence(string text, int start)
    {
        var position = start;
        for (var n = 0; position < text.Length; n++)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (n > 0 && IsFence(lineText))
            {
                return n;
            }

            var yamlish = KeyLine().IsMatch(lineText)
                || (n > 0 && lineText.Length > 0 && (lineText[0] is ' ' or '\t' or '#' || lineText.StartsWith("- ")));
            if (!yamlish || end < 0)
            {
                return null;
            }

            position = end + 1;
        }

        return null;
    }

    private static FrontMatterResult ParseYaml(string yaml, string body, int bodyLine, int firstYamlLine)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new FrontMatterResult(YamlMap.Empty, body, bodyLine, 0, null);
        }

        if (FrontMatterLimits.Check(yaml) is { } limit)
        {
            // before YamlDotNet reads it: too deep a text would take it minutes, or overflow the stack (InputLimits)
            return new FrontMatterResult(null, body, bodyLine, limit.Line + 1, limit.Message);
        }

        try
        {
            if (ReadFast(yaml) is { } fast)
            {
                return fast.Map is { } map
                    ? new FrontMatterResult(map, body, bodyLine, 0, null)
                    : new FrontMatterResult(null, body, bodyLine, firstYamlLine, "the front matter must be a list of 'key: value' lines");
            }

            RefuseAliases(yaml);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new FrontMatterResult(YamlMap.Empty, body, bodyLine, 0, null);
            }

            return stream.Documents[0].RootNode is YamlMappingNode root
                ? new FrontMatterResult((YamlMap)Convert(root), body, bodyLine, 0, null)
                : new FrontMatterResult(null, body, bodyLine, firstYamlLine, "the front matter must be a list of 'key: value' lines");
        }
        catch (FrontMatterLimitException e)
        {
            return new FrontMatterResult(null, body, bodyLine, e.Line, e.Message);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            message = at >= 0 ? message[(at + 3)..] : message;
            return new FrontMatterResult(null, body, bodyLine, 1 + (int)e.Start.Line, $"the front matter is not valid YAML: {message.TrimEnd('.')}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these (without a position) for some malformed input: find the first line that breaks it
            return new FrontMatterResult(null, body, bodyLine, 1 + FirstBadLine(yaml), "the front matter is not valid YAML: check brackets, quotes and indentation on this line");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this for some unclosed flow collections, e.g. "mood: [oops 4"
            return new FrontMatterResult(null, body, bodyLine, firstYamlLine, "the front matter is not valid YAML: a '[' or '{' is not closed");
        }
    }

    /// <summary>The 1-based line of <paramref name="yaml"/> from which it no longer parses (the last line when every prefix parses).</summary>
    private static int FirstBadLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines.Take(n))));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                return n;
            }
        }

        return lines.Length;
    }

    /// <summary>
    /// Reads the front matter straight from YamlDotNet's parser events, without building its representation model
    /// (which costs several objects per token): the same values and positions as <see cref="Convert"/> over
    /// <see cref="YamlStream"/>, and the same exceptions, since the same parser reads the same text in the same order.
    /// Null when the text uses something this reader leaves to the model (anchors, tags, complex or repeated
    /// keys, a root that is not a mapping, several documents): the caller then loads it with <see cref="YamlStream"/>.
    /// Throws <see cref="FrontMatterLimitException"/> at an alias (<see cref="RefuseAliases"/>). Recurses once per
    /// level: <see cref="FrontMatterLimits"/> has kept the depth within <see cref="InputLimits.MaxYamlDepth"/>.
    /// </summary>
    private static (YamlMap? Map, bool _)? ReadFast(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return (YamlMap.Empty, false);
        }

        parser.Consume<DocumentStart>();
        if (!parser.Accept<MappingStart>(out _))
        {
            return null;
        }

        if (ReadNode(parser) is not YamlMap map)
        {
            return null;
        }

        parser.Consume<DocumentEnd>();
        return parser.TryConsume<StreamEnd>(out _) ? (map, false) : null;
    }

    private static YamlValue? ReadNode(Parser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty ? new YamlScalar(scalar.Value ?? "", Line(scalar.Start), (int)scalar.Start.Column) : null;
        }

        if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            if (!sequence.Anchor.IsEmpty || !sequence.Tag.IsEmpty)
            {
                return null;
            }

            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (ReadNode(parser) is not { } item)
                {
                    return null;
                }

                items.Add(item);
            }

            return new YamlList(items, Line(sequence.Start), (int)sequence.Start.Column);
        }

        if (parser.TryConsume<MappingStart>(out var mapping))
        {
            if (!mapping.Anchor.IsEmpty || !mapping.Tag.IsEmpty)
            {
                return null;
            }

            var entries = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            HashSet<string>? keys = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key) || !key.Anchor.IsEmpty || !key.Tag.IsEmpty)
                {
                    return null;
                }

                // a repeated key is an error of the representation model: leave it to the model to report it
                if (!(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key.Value))
                {
                    return null;
                }

                if (ReadNode(parser) is not { } value)
                {
                    return null;
                }

                entries.TryAdd(YamlMap.NormalizeKey(key.Value), value);
            }

            return new YamlMap(entries, Line(mapping.Start), (int)mapping.Start.Column);
        }

        if (parser.Accept<AnchorAlias>(out var alias))
        {
            throw AliasRefused(alias);
        }

        return null; // an event the model would reject
    }

    /// <summary>
    /// Throws <see cref="FrontMatterLimitException"/> at the first alias (<c>*name</c>, also in a merge key <c>&lt;&lt;: *name</c>).
    /// Aliases are refused rather than expanded: front matter has no real use for them, and a few lines of them
    /// ("billion laughs") expand to gigabytes when the values are built (issue #14).
    /// </summary>
    private static void RefuseAliases(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                {
                    throw AliasRefused(alias);
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // invalid YAML from here on: the model stops at the same place or before (e.g. at a repeated key), and reports it
        }
    }

    private static FrontMatterLimitException AliasRefused(AnchorAlias alias) =>
        new(Line(alias.Start), $"YAML aliases (*{alias.Value}) are not supported in front matter: write the value out in full where the alias is");

    // the YAML starts on line 2 of the file (line 1 is ---)
    private static int Line(Mark start) => (int)start.Line + 1;

    private static YamlValue Convert(YamlNode node)
    {
        // the YAML starts on line 2 of the file (line 1 is ---)
        var line = (int)node.Start.Line + 1;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlScalarNode scalar:
                return new YamlScalar(scalar.Value ?? "", line, column);
            case YamlSequenceNode sequence:
                return new YamlList([.. sequence.Children.Select(Convert)], line, column);
            case YamlMappingNode mapping:
                var entries = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        entries.TryAdd(YamlMap.NormalizeKey(name), Convert(value));
                    }
                }

                return new YamlMap(entries, line, column);
            default:
                return new YamlScalar("", line, column);
        }
    }
}
