using YamlDotNet.Core;
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
public static class FrontMatterParser
{
    /// <summary>Parses <paramref name="text"/> (LF line endings, no BOM).</summary>
    public static FrontMatterResult Parse(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return new FrontMatterResult(null, text, 1, 0, null);
        }

        // find the closing fence: a line that is exactly --- or ...
        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return ParseYaml(yaml, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatterResult(null, text, 1, 1, "the front matter starts with '---' but has no closing '---' line");
    }

    private static FrontMatterResult ParseYaml(string yaml, string body, int bodyLine)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new FrontMatterResult(YamlMap.Empty, body, bodyLine, 0, null);
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new FrontMatterResult(YamlMap.Empty, body, bodyLine, 0, null);
            }

            return stream.Documents[0].RootNode is YamlMappingNode root
                ? new FrontMatterResult((YamlMap)Convert(root), body, bodyLine, 0, null)
                : new FrontMatterResult(null, body, bodyLine, 2, "the front matter must be a list of 'key: value' lines");
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
