using System.Diagnostics;
using System.Text;
using OneOnOne.Journal.Configuration;
using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

/// <summary>Issue #14: front matter that would exhaust memory, time or the stack is an error at its line, before YamlDotNet builds anything.</summary>
public sealed class FrontMatterLimitsTests
{
    private static string Note(string yaml) => "---\n" + yaml + "\n---\nThe body survives.\n";

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_quickly_without_expanding()
    {
        // 9^7 = 4.8 million scalars once expanded: hundreds of MB before the fix
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'g'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = FrontMatterParser.Parse(Note(yaml.ToString().TrimEnd()));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 20_000_000, "the aliases were expanded");
        Assert.Null(result.FrontMatter);
        Assert.Equal("YAML aliases (*a) are not supported in front matter: write the value out in full where the alias is", result.Error);
        Assert.Equal(3, result.ErrorLine);
        Assert.Equal("The body survives.\n", result.Body);
    }

    [Theory]
    [InlineData("base: &b {x: 1}\nother:\n  <<: *b\n", 4, "*b")]
    [InlineData("date: &d 2026-03-04\nagain: *d\n", 3, "*d")]
    [InlineData("list:\n  - *nowhere\n", 3, "*nowhere")]
    public void Any_alias_is_an_error_at_its_line(string yaml, int line, string alias)
    {
        var result = FrontMatterParser.Parse(Note(yaml.TrimEnd()));
        Assert.Contains($"YAML aliases ({alias}) are not supported", result.Error);
        Assert.Equal(line, result.ErrorLine);
    }

    [Fact]
    public void An_anchor_without_an_alias_still_parses()
    {
        var result = FrontMatterParser.Parse(Note("date: &d 2026-03-04\nwith: alice"));
        Assert.Null(result.Error);
        Assert.Equal("2026-03-04", result.FrontMatter!.Text("date"));
    }

    public static TheoryData<string, string> DeepYaml() => new()
    {
        { "flow 100,000", "x: " + new string('[', 100_000) + new string(']', 100_000) },
        { "flow 1,000", "date: 2026-03-04\nx: " + new string('[', 1_000) + new string(']', 1_000) },
        { "flow maps 1,000", "x: " + string.Concat(Enumerable.Repeat("{a: ", 1_000)) + "1" + new string('}', 1_000) },
        { "block sequences 100,000", "x:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "y" },
        { "block sequences 1,000", "x:\n" + string.Concat(Enumerable.Repeat("- ", 1_000)) + "y" },
        { "block indentation 200", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 200) + "v" },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Deeply_nested_yaml_is_an_error_and_does_not_overflow_the_stack(string name, string yaml)
    {
        var watch = Stopwatch.StartNew();
        var result = FrontMatterParser.Parse(Note(yaml));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed}");
        Assert.Null(result.FrontMatter);
        Assert.NotNull(result.Error);
        Assert.Matches("nested more than 64 levels deep|larger than 64 KiB", result.Error);
        Assert.Equal("The body survives.\n", result.Body);
    }

    [Fact]
    public void The_depth_error_names_the_line_where_the_limit_is_passed()
    {
        var result = FrontMatterParser.Parse(Note("date: 2026-03-04\nwith: alice\nx: " + new string('[', 100) + new string(']', 100)));
        Assert.Equal("the front matter is nested more than 64 levels deep; front matter is for short 'key: value' lines and simple lists: flatten it", result.Error);
        Assert.Equal(4, result.ErrorLine);
    }

    [Fact]
    public void Nesting_up_to_the_limit_and_brackets_in_text_still_parse()
    {
        var yaml = "title: \"[[[[ not [ structure\"\nsummary: a [b [c [d\nnotes: |\n  " + new string('[', 200) + "\n  text\n"
            + "deep: " + new string('[', 60) + "1" + new string(']', 60) + "\nlist:\n  - a: [1, {b: 'x]'}]\n    c: 2 # ]]]\n";
        var result = FrontMatterParser.Parse(Note(yaml.TrimEnd()));
        Assert.Null(result.Error);
        Assert.Equal("\"[[[[ not [ structure\"".Trim('"'), result.FrontMatter!.Text("title"));
        Assert.Equal("a [b [c [d", result.FrontMatter.Text("summary"));
    }

    [Fact]
    public void Front_matter_larger_than_64_KiB_is_an_error()
    {
        var yaml = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"key{i}: a value of some length to fill it\n"));
        var result = FrontMatterParser.Parse(Note(yaml.TrimEnd()));
        Assert.StartsWith("the front matter is larger than 64 KiB (", result.Error);
        Assert.Contains("move long text into the body", result.Error);
        Assert.Equal(2, result.ErrorLine);
    }

    [Fact]
    public void Settings_refuse_aliases_too_with_the_settings_line()
    {
        var (settings, diagnostics) = JournalSettings.Parse("title: &t My journal\nowner: *t\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("settings.yml", d.Path);
        Assert.Equal(2, d.Line);
        Assert.Contains("YAML aliases (*t) are not supported in settings file", d.Message);
        Assert.Equal(new JournalSettings().Title, settings.Title);
    }
}
