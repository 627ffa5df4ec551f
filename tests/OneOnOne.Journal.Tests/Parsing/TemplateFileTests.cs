using OneOnOne.Journal.Parsing;

namespace OneOnOne.Journal.Tests.Parsing;

/// <summary>Templates recognised by their placeholders where a note states its date (issue #15), and real notes that only mention them, or kept an unrendered command, left alone.</summary>
public sealed class TemplateFileTests
{
    [Theory]
    [InlineData("1on1.md", "---\ndate: <% tp.date.now(\"YYYY-MM-DD\") %>\n---\n")]
    [InlineData("1on1.md", "---\ndate: {{date}}\n---\n")]
    [InlineData("1on1.md", "# {{title}}\n")]
    [InlineData("1on1.md", "---\ncreated: {{date:YYYY-MM-DD}} {{time}}\n---\n")]
    [InlineData("1on1.md", "---\ndate: YYYY-MM-DD\nwith: \n---\n")]
    [InlineData("1on1.md", "# 1:1 with NAME on YYYY-MM-DD\n\n## Agenda\n")]
    [InlineData("YYYY-MM-DD Name.md", "## Agenda\n")]
    [InlineData("{{date}} 1on1.md", "## Agenda\n")]
    public void A_template_is_recognised_by_its_placeholders(string name, string text) =>
        Assert.True(TemplateFile.IsTemplate("vault/Templates/" + name, text));

    [Theory]
    [InlineData("---\ndate: 2026-01-14\nwith: alice\n---\n# 1:1 with Alice\nWe agreed to write dates as YYYY-MM-DD, as in {{date}}.\n")]
    [InlineData("---\ntitle: Alice weekly\n---\n# Alice weekly\n\nNext: <% tp.date.now(\"YYYY-MM-DD\") %>\n")]
    [InlineData("---\ndate: 2026-01-14\ncreated: <% tp.file.creation_date() %>\n---\n")]
    [InlineData("# 1:1 {{title}} 2026-01-14\n")]
    [InlineData("")]
    public void A_note_that_only_mentions_a_format_or_kept_a_command_is_not_a_template(string text) =>
        Assert.False(TemplateFile.IsTemplate("vault/Meetings/Alice.md", text));
}
