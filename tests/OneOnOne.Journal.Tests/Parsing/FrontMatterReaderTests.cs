using OneOnOne.Journal.Parsing;
using OneOnOne.Journal.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OneOnOne.Journal.Tests.Parsing;

/// <summary>
/// The front matter is read from YamlDotNet's parser events (no representation model); these tests hold it to the
/// model-based reading it replaced, value by value and position by position, on the sample journal and on edge cases.
/// </summary>
public sealed class FrontMatterReaderTests
{
    public static TheoryData<string> Cases() =>
    [
        "date: 2026-03-04\nwith: [a, b]\n",
        "date: 2026-03-04\nwith: alice-chen\ntype: regular\ntitle: \"Quoted: title\"\ntags: [career, 'search']\nmood: 4\n",
        "goals:\n  - id: ship\n    title: Ship it\n    progress: 40\n  - id: other\n    status: at-risk\n",
        "Who-Leads: x\nwho_leads: y\nWHO LEADS: z\n",
        "a: 1\na: 2\n",
        "a: 1\n'a': 2\n",
        "base: &anchor\n  x: 1\nother: 2\n", // an alias (*anchor) is refused, not read as the model did: FrontMatterLimitsTests
        "tagged: !custom value\n",
        "list: !!seq [a]\n",
        "? [complex, key]\n: value\n",
        "[1, 2]\n",
        "just a scalar\n",
        "# only a comment\n",
        "a: 1\n--- \nb: 2\n",
        "text: |\n  block\n  scalar\nfolded: >\n  one\n  two\n",
        "nested:\n  deeper:\n    deepest: [x, [y, z]]\n",
        "with: [[Alice Chen]]\n",
        "empty:\nnull: ~\n",
        "bad: [unclosed\n",
        "bad: {unclosed\n",
        "a: b: c\n",
        "  indented: 1\nwrong: 2\n",
        "key: \"unterminated\n",
        "- a\n- b\n",
        "a: 1\n...\n",
        "title: Ünïcödé — dash\ntags: [日本, café]\n",
        "tab:\tvalue\n",
        "a:\n- 1\n- 2\nb: {x: 1, y: [2, 3]}\n",
        "dup:\n  k: 1\n  k: 2\n",
        "a: 'it''s'\nb: \"esc \\\" \\u00e9\"\n",
    ];

    public static TheoryData<string> PlainCases() =>
    [
        "date: 2026-03-04\nwith: carla-khan\ntype: regular\ntitle: Mentoring and incident\ntags: [testing, reliability]\nmood: 1\ngoals:\n  - id: automate-search-11\n    status: on-track\n    progress: 8\n    note: We agreed that the migration has an owner, mostly\nnext: [Mobile follow-up]\n",
        "goals:\n- id: indentless\n",
        "goals:\n    -   id: wide\n        title: Wide\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h\n",
        "a:\n  - x\n  - y: 1\n    z: 2\n  - [p, q]\n",
        "a:\n  - x\n  b: 1\n",
        "a:\n  b: 1\n c: 2\n",
        "a: 1\n  b: 2\n",
        "a: one\n  two\n",
        "a: []\nb: [ ]\nc: [x]\nd: [x,y , z ]\ne: [x,]\nf: [,x]\ng: [x:y]\nh: [x: y]\n",
        "a: 'single ''quoted'' text'\nb: \"double 'quoted'\"\nc: 'open\nd: \"open\n",
        "a: 'x' trailing\n",
        "a: x: y\n",
        "a: x:\n",
        "a: http://example.com/x?y=1\n",
        "time: 2026-03-04 15:30\n",
        "a: -1\nb: ?x\nc: ,x\nd: x, y\ne: x]\nf: !x\ng: &x\nh: *x\ni: @x\nj: `x\nk: %x\nl: |x\nm: >x\n",
        "a:\n",
        "a:   \n",
        "a:\nb: 1\n",
        "-a: 1\n",
        "a b: 1\n",
        "a.b: 1\n",
        "\n\na: 1\n\n\nb: 2\n\n",
        " a: 1\n",
        "a: 1   \nb:    2\n",
        "a: x\u00a0\n",
        "a: caf\u00e9 \U0001F4C5 \u65e5\u672c\n",
        "a: -\nb:\n  -\n",
        "a:\n  -\n  - x\n",
        "a: \"\"\nb: ''\n",
        "a: x\n---\n",
        "a: x\n... \n",
        "A: 1\na: 2\nA-: 3\n",
        "with: [[Alice Chen]]\n",
        "with: [Alice Chen, Bob]\n",
        "a: x # comment\n",
        "a: \"x\\ty\"\n",
        "a:\n  - id: x\n    nested:\n      - deep\n  - id: y\n",
    ];

    [Theory]
    [MemberData(nameof(PlainCases))]
    public void Plain_shapes_read_as_the_representation_model_did(string yaml) =>
        AssertSame(yaml);

    [Fact]
    public void Random_front_matter_reads_as_the_representation_model_did()
    {
        string[] keys = ["a", "b-c", "d_e", "F", "goals", "1"];
        string[] values = ["x", "two words", "x, y", "'q'", "\"d\"", "[p, q]", "[]", "-1", "a:b", "x: y", "", "  ", "'it''s'", "[a,", "{a: 1}", "~", "é", "x #c"];
        string[] indents = ["", "  ", "    ", " ", "      "];
        var random = new Random(11);
        for (var n = 0; n < 2000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var k = random.Next(1, 7); k > 0; k--)
            {
                var indent = random.Next(4) == 0 ? indents[random.Next(indents.Length)] : "";
                var item = random.Next(5) == 0 ? "- " : "";
                builder.Append(indent).Append(item).Append(keys[random.Next(keys.Length)]).Append(':');
                var value = values[random.Next(values.Length)];
                builder.Append(value.Length > 0 ? " " + value : "").Append('\n');
            }

            AssertSame(builder.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_as_the_representation_model_did(string yaml) =>
        AssertSame(yaml);

    [Fact]
    public void Reads_every_sample_file_as_the_representation_model_did()
    {
        var files = Directory.EnumerateFiles(RepoPaths.SampleInput, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "theme", "meeting-types"), "*.md"))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text!;
            Assert.Equal(Describe(Oracle(text)), Describe(FrontMatterParser.Parse(text)));
        }
    }

    private static void AssertSame(string yaml)
    {
        var text = "---\n" + yaml + "---\nbody\n";
        Assert.Equal(Describe(Oracle(text)), Describe(FrontMatterParser.Parse(text)));
    }

    private static string Describe(FrontMatterResult r) =>
        $"{Describe(r.FrontMatter)}|{r.Body}|{r.BodyLine}|{r.ErrorLine}|{r.Error}";

    private static string Describe(YamlValue? v) => v switch
    {
        null => "null",
        YamlScalar s => $"S({s.Text}@{s.Line}:{s.Column})",
        YamlList l => $"L@{l.Line}:{l.Column}[{string.Join(",", l.Items.Select(Describe))}]",
        YamlMap m => $"M@{m.Line}:{m.Column}{{{string.Join(",", m.Entries.Select(e => e.Key + "=" + Describe(e.Value)))}}}",
        _ => "?",
    };

    // the model-based reading, as FrontMatterParser did it before reading parser events
    private static FrontMatterResult Oracle(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return new FrontMatterResult(null, text, 1, 0, null);
        }

        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                return ParseYaml(text[4..position], end < 0 ? "" : text[(end + 1)..], line + 1);
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
            return new FrontMatterResult(null, body, bodyLine, 1 + FirstBadLine(yaml), "the front matter is not valid YAML: check brackets, quotes and indentation on this line");
        }
    }

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
                        entries.TryAdd(new string([.. name.Where(c => c is not ('-' or '_' or ' ')).Select(char.ToLowerInvariant)]), Convert(value));
                    }
                }

                return new YamlMap(entries, line, column);
            default:
                return new YamlScalar("", line, column);
        }
    }
}
