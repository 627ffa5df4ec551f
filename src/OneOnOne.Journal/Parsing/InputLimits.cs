namespace OneOnOne.Journal.Parsing;

/// <summary>
/// The limits the tool puts on what it reads (issue #14, docs/journal-format.md "Limits"). Each one is far above
/// anything a person writes in a 1:1 note, and each one stops an input that would otherwise exhaust memory,
/// time or the stack and so take the whole build (or a preview) down with it. Input over a limit is an error
/// for that file only, with path:line, the limit and how to fix it; the rest of the journal still builds.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// Largest file read as a note, person or meeting type: 2 MiB (2,097,152 bytes). A bigger file is not read
    /// (so a huge or endless file cannot exhaust memory) and is reported; it still appears on the attention page.
    /// </summary>
    public const long MaxFileBytes = 2L * 1024 * 1024;

    /// <summary>
    /// Largest front matter (the YAML between the <c>---</c> lines), in characters: 64 KiB. Front matter holds
    /// short <c>key: value</c> lines; long text belongs in the body.
    /// </summary>
    public const int MaxFrontMatterChars = 64 * 1024;

    /// <summary>
    /// Deepest nesting of lists and mappings in front matter: 64 levels. Checked on the text before YamlDotNet
    /// reads it, since its parser slows down quadratically on deep flow collections and building the values
    /// recurses once per level (100,000 levels overflowed the stack and killed the process).
    /// </summary>
    public const int MaxYamlDepth = 64;

    /// <summary>
    /// Deepest nesting of Markdown blocks and inlines (quotes, lists, emphasis, links): 128 levels. This is
    /// Markdig's own limit (it throws <see cref="ArgumentException"/> past it); the tool catches it per note.
    /// </summary>
    public const int MaxMarkdownDepth = 128;

    /// <summary>The size of <paramref name="bytes"/> for a message: "2.5 MiB", "70 KiB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(bytes + 1023) / 1024} KiB");
}
