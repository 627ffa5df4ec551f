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
        "base: &anchor\n  x: 1\nother: *anchor\n",
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
            return new FrontMatterResult(null, body, bodyLine, -1, "(first bad line)");
        }
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
