using System.Buffers;

namespace OneOnOne.Journal.Parsing;

/// <summary>
/// Reads the plain shape that nearly all front matter has, without YamlDotNet: block mappings of
/// <c>key: value</c> lines (keys of letters, digits, <c>-</c> and <c>_</c>), block sequences of <c>- </c> items
/// (scalars or mappings), one-line flow sequences of plain items (<c>[a, b]</c>), and one-line plain, single- or
/// double-quoted scalars (no escapes). Values and 1-based positions are those YamlDotNet gives. Anything else
/// (comments, tabs, empty values, multi-line scalars, anchors, tags, flow mappings, escapes, repeated keys,
/// indicators a plain scalar cannot start with, odd indentation) gives null, and the caller reads the text with
/// YamlDotNet instead, so an unusual file is read, and reported, exactly as before.
/// </summary>
internal static class PlainYamlReader
{
    // characters that send the text to YamlDotNet wherever they are: comments, tabs, control characters, escapes
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "#\t\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0085\u2028\u2029\uFEFF\uFFFE\uFFFF");

    // a plain scalar may not start with these (YAML indicators)
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // kept out of block plain scalars (flow indicators), to stay on the safe side
    private static readonly SearchValues<char> Flow = SearchValues.Create("[]{}");

    private readonly record struct Line(int Number, int Indent, int Start, int End);

    /// <summary>The front matter <paramref name="yaml"/> (the text between the fences, starting on line 2 of the file) as a map, or null when it is not of the plain shape.</summary>
    public static YamlMap? TryRead(string yaml)
    {
        var span = yaml.AsSpan();
        if (span.ContainsAny(Unusual) || HasLoneSurrogate(span))
        {
            return null;
        }

        var lines = new List<Line>();
        var number = 0;
        for (var start = 0; start < yaml.Length; number++)
        {
            var newline = yaml.IndexOf('\n', start);
            var end = newline < 0 ? yaml.Length : newline;
            var indent = 0;
            while (start + indent < end && yaml[start + indent] == ' ')
            {
                indent++;
            }

            var contentEnd = end;
            while (contentEnd > start + indent && yaml[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }

            if (contentEnd > start + indent)
            {
                var content = span[(start + indent)..contentEnd];
                if (content.StartsWith("---") || content.StartsWith("..."))
                {
                    return null; // document markers
                }

                lines.Add(new Line(number, indent, start + indent, contentEnd));
            }

            start = end + 1;
        }

        if (lines.Count == 0 || lines[0].Indent != 0)
        {
            return null;
        }

        var reader = new Reader(yaml, lines);
        var map = reader.Mapping(0);
        return map is not null && reader.Done ? map : null;
    }

    // keys seen so far (front matter repeats a few dozen names across thousands of files): one string per name
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static string Key(ReadOnlySpan<char> name)
    {
        if (Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var key = name.ToString();
        return Keys.Count < 4096 ? Keys.GetOrAdd(key, key) : key;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Reader(string yaml, List<Line> lines)
    {
        private int _next;

        public bool Done => _next == lines.Count;

        // the file line of a yaml line (the YAML starts on line 2) and the 1-based column of an offset in it
        private static int FileLine(Line line) => line.Number + 2;

        private int Column(Line line, int offset) => line.Indent + (offset - line.Start) + 1;

        /// <summary>A block mapping whose keys are at <paramref name="indent"/>, starting at the current line.</summary>
        public YamlMap? Mapping(int indent)
        {
            var first = lines[_next];
            var entries = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            HashSet<string>? keys = null;
            while (_next < lines.Count && lines[_next].Indent == indent)
            {
                var line = lines[_next];
                var keyEnd = line.Start;
                while (keyEnd < line.End && IsKeyChar(yaml[keyEnd]))
                {
                    keyEnd++;
                }

                if (keyEnd == line.Start || yaml[line.Start] is '-' || keyEnd == line.End || yaml[keyEnd] != ':'
                    || (keyEnd + 1 < line.End && yaml[keyEnd + 1] != ' '))
                {
                    return null;
                }

                var key = Key(yaml.AsSpan(line.Start, keyEnd - line.Start));
                if (!(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
                {
                    return null; // a repeated key: YamlDotNet reports it
                }

                var valueStart = keyEnd + 1;
                while (valueStart < line.End && yaml[valueStart] == ' ')
                {
                    valueStart++;
                }

                _next++;
                YamlValue? value;
                if (valueStart == line.End)
                {
                    if (_next == lines.Count || lines[_next].Indent <= indent)
                    {
                        return null; // an empty value
                    }

                    var child = lines[_next];
                    value = IsItem(child) ? Sequence(child.Indent) : Mapping(child.Indent);
                }
                else
                {
                    value = Inline(line, valueStart);
                    if (_next < lines.Count && lines[_next].Indent > indent)
                    {
                        return null; // a scalar continued on the next line
                    }
                }

                if (value is null)
                {
                    return null;
                }

                entries.TryAdd(YamlMap.NormalizeKey(key), value);
            }

            return new YamlMap(entries, FileLine(first), first.Indent + 1);
        }

        /// <summary>A block sequence whose <c>-</c> are at <paramref name="indent"/>, starting at the current line.</summary>
        private YamlList? Sequence(int indent)
        {
            var first = lines[_next];
            var items = new List<YamlValue>();
            while (_next < lines.Count && lines[_next].Indent == indent && IsItem(lines[_next]))
            {
                var line = lines[_next];
                var itemStart = line.Start + 1;
                while (itemStart < line.End && yaml[itemStart] == ' ')
                {
                    itemStart++;
                }

                if (itemStart == line.End)
                {
                    return null; // an empty item
                }

                YamlValue? item;
                var itemIndent = line.Indent + (itemStart - line.Start);
                if (LooksLikeKey(itemStart, line.End))
                {
                    // "- key: value": a mapping whose keys line up with this first one
                    lines[_next] = new Line(line.Number, itemIndent, itemStart, line.End);
                    item = Mapping(itemIndent);
                }
                else
                {
                    item = Inline(line, itemStart);
                    _next++;
                    if (_next < lines.Count && lines[_next].Indent > indent)
                    {
                        return null;
                    }
                }

                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            if (_next < lines.Count && lines[_next].Indent == indent)
            {
                return null; // a key after a sequence at the same indentation
            }

            return new YamlList(items, FileLine(first), first.Indent + 1);
        }

        private bool IsItem(Line line) => yaml[line.Start] == '-' && (line.End == line.Start + 1 || yaml[line.Start + 1] == ' ');

        private bool LooksLikeKey(int start, int end)
        {
            var i = start;
            while (i < end && IsKeyChar(yaml[i]))
            {
                i++;
            }

            return i > start && i < end && yaml[i] == ':' && (i + 1 == end || yaml[i + 1] == ' ');
        }

        private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

        /// <summary>A one-line value starting at <paramref name="start"/>: a flow sequence, a quoted scalar or a plain scalar.</summary>
        private YamlValue? Inline(Line line, int start)
        {
            var text = yaml.AsSpan(start, line.End - start);
            switch (text[0])
            {
                case '[':
                    return FlowSequence(line, start);
                case '\'':
                    return SingleQuoted(line, start, text);
                case '"':
                    var inner = text[1..];
                    return inner.Length >= 1 && inner[^1] == '"' && !inner[..^1].Contains('"')
                        ? new YamlScalar(inner[..^1].ToString(), FileLine(line), Column(line, start))
                        : null;
            }

            if (!IsPlain(text) || text.ContainsAny(Flow))
            {
                return null;
            }

            return new YamlScalar(text.ToString(), FileLine(line), Column(line, start));
        }

        private YamlScalar? SingleQuoted(Line line, int start, ReadOnlySpan<char> text)
        {
            // 'text' where '' is a quote; the closing quote must end the line
            var builder = new System.Text.StringBuilder(text.Length);
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i += 2;
                        continue;
                    }

                    return i == text.Length - 1 ? new YamlScalar(builder.ToString(), FileLine(line), Column(line, start)) : null;
                }

                builder.Append(text[i]);
                i++;
            }

            return null;
        }

        private YamlList? FlowSequence(Line line, int start)
        {
            var text = yaml.AsSpan(start, line.End - start);
            if (text[^1] != ']' || text[1..^1].ContainsAny(Flow))
            {
                return null;
            }

            var items = new List<YamlValue>();
            var inner = start + 1;
            var close = line.End - 1;
            if (yaml.AsSpan(inner, close - inner).Trim(' ').IsEmpty)
            {
                return new YamlList(items, FileLine(line), Column(line, start));
            }

            var itemStart = inner;
            while (true)
            {
                var comma = yaml.IndexOf(',', itemStart, close - itemStart);
                var itemEnd = comma < 0 ? close : comma;
                var from = itemStart;
                while (from < itemEnd && yaml[from] == ' ')
                {
                    from++;
                }

                var to = itemEnd;
                while (to > from && yaml[to - 1] == ' ')
                {
                    to--;
                }

                var item = yaml.AsSpan(from, to - from);
                if (item.IsEmpty || !IsPlain(item) || item.Contains(':'))
                {
                    return null;
                }

                items.Add(new YamlScalar(item.ToString(), FileLine(line), Column(line, from)));
                if (comma < 0)
                {
                    break;
                }

                itemStart = comma + 1;
            }

            return new YamlList(items, FileLine(line), Column(line, start));
        }

        // a one-line plain scalar YAML reads as written: no leading indicator, no ": " inside, no ':' at the end
        private static bool IsPlain(ReadOnlySpan<char> text) =>
            !text.IsEmpty && !Indicators.Contains(text[0]) && !text.Contains(": ", StringComparison.Ordinal) && text[^1] != ':';
    }
}
