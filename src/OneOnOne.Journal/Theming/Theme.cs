using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// A theme loaded from a folder at run time (so an edit shows on the next build): Scriban layouts in
/// <c>layouts/*.sbn-html</c>, partials in <c>partials/*.sbn-html</c>, static files in <c>assets/</c>, and
/// default meeting types in <c>meeting-types/*.md</c>. Every page is rendered by its own layout and then
/// wrapped by <c>layouts/base.sbn-html</c>, which receives the page's HTML as <c>Body</c>. A journal's own
/// <c>theme/</c> need only hold the files it changes: a layout or partial it lacks is the shipped theme's
/// (<see cref="DefaultPath"/>). Templates are parsed once by <see cref="Load"/>; a parsed template is
/// shared by every thread, each of which renders with its own reused <see cref="ThemeContext"/>
/// (escaping and strict binding: docs/theming.md).
/// </summary>
public sealed class Theme
{
    /// <summary>The file extension of layouts and partials (Scriban's own for HTML templates).</summary>
    public const string Extension = ".sbn-html";

    private readonly Dictionary<string, Template> _layouts;

    private readonly Dictionary<string, Template> _partials;

    private readonly ThreadLocal<ThemeContext> _contexts;

    private Theme(string path, Dictionary<string, Template> layouts, Dictionary<string, Template> partials)
    {
        Path = path;
        _layouts = layouts;
        _partials = partials;
        _contexts = new ThreadLocal<ThemeContext>(() => new ThemeContext(_partials));
    }

    /// <summary>The theme folder (absolute).</summary>
    public string Path { get; }

    /// <summary>The theme shipped beside the program (<c>&lt;app&gt;/theme</c>).</summary>
    public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>The <c>assets/</c> folder (absolute).</summary>
    public string AssetsPath => AssetsFolder(Path);

    /// <summary>The <c>meeting-types/</c> folder (absolute).</summary>
    public string MeetingTypesPath => MeetingTypesFolder(Path);

    /// <summary>
    /// The <c>assets/</c> folder of the theme at <paramref name="themePath"/>, known without loading the theme; the
    /// shipped theme's when that theme has none (a journal's <c>theme/</c> that only changes a layout).
    /// </summary>
    public static string AssetsFolder(string themePath) => OwnOrDefault(themePath, "assets");

    /// <summary>The <c>meeting-types/</c> folder of the theme at <paramref name="themePath"/>, or the shipped theme's when it has none (as <see cref="AssetsFolder"/>).</summary>
    public static string MeetingTypesFolder(string themePath) => OwnOrDefault(themePath, "meeting-types");

    private static string OwnOrDefault(string themePath, string folder)
    {
        var own = System.IO.Path.Combine(themePath, folder);
        var shipped = System.IO.Path.Combine(DefaultPath, folder);
        return Directory.Exists(own) || !Directory.Exists(shipped) ? own : shipped;
    }

    /// <summary>
    /// Loads and parses every layout and partial of the theme at <paramref name="path"/>, and of the shipped
    /// theme for each one it does not have. Throws <see cref="ThemeException"/> with <c>file:line:column</c> and
    /// Scriban's message when a template does not parse, when the theme still has Handlebars (<c>.hbs</c>)
    /// layouts or partials (they would be ignored without a word), or when no <c>base</c> layout exists.
    /// </summary>
    public static Theme Load(string path)
    {
        var folders = new List<string>(2);
        var fallback = DefaultPath;
        if (Directory.Exists(fallback) && !SameFolder(fallback, path))
        {
            folders.Add(fallback);
        }

        folders.Add(path);
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            ParseAll(System.IO.Path.Combine(folder, "partials"), partials);
            ParseAll(System.IO.Path.Combine(folder, "layouts"), layouts);
        }

        if (!layouts.ContainsKey("base"))
        {
            throw new ThemeException($"{System.IO.Path.Combine(path, "layouts", "base" + Extension)}: the theme has no base layout");
        }

        return new Theme(path, layouts, partials);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(System.IO.Path.GetFullPath(a).TrimEnd(System.IO.Path.DirectorySeparatorChar), System.IO.Path.GetFullPath(b).TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal);

    private static void ParseAll(string folder, Dictionary<string, Template> into)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal).FirstOrDefault() is { } handlebars)
        {
            throw new ThemeException($"{handlebars}: a Handlebars template; themes are written in Scriban now ({System.IO.Path.GetFileNameWithoutExtension(handlebars)}{Extension}, see docs/theming.md)");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
            {
                var first = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) ?? template.Messages[0];
                throw new ThemeException($"{Where(first.Span)}: {first.Message}");
            }

            into[System.IO.Path.GetFileName(file)[..^Extension.Length]] = template;
        }
    }

    /// <summary><c>file:line:column</c> (1-based) of a place in a template.</summary>
    private static string Where(SourceSpan span) => $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}";

    /// <summary>True when the theme has a layout of that name.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Renders a layout with a model. Throws <see cref="ThemeException"/> for an unknown layout or a template error.</summary>
    public string Render(string layout, object model)
    {
        using var buffer = new TextBuffer();
        Render(layout, model, buffer);
        return buffer.ToString();
    }

    /// <summary>
    /// Renders a layout with a model into <paramref name="writer"/> (no intermediate string). Throws
    /// <see cref="ThemeException"/> for an unknown layout, or with <c>file:line:column</c> for a template error
    /// (a name the model does not have, a member of a null value).
    /// </summary>
    internal void Render(string layout, object model, TextWriter writer)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            throw new ThemeException($"{System.IO.Path.Combine(Path, "layouts", layout + Extension)}: no such layout");
        }

        try
        {
            _contexts.Value!.Render(template, model, writer);
        }
        catch (ScriptRuntimeException e)
        {
            // a failed render leaves the context mid-way (pushed scopes, loop state): the thread gets a new one
            _contexts.Value = new ThemeContext(_partials);
            throw new ThemeException($"{Where(e.Span)}: {e.OriginalMessage}", e);
        }
    }

    /// <summary>Writes <paramref name="title"/> exactly as a layout's <c>{{ Title }}</c> writes it (HTML-encoded by the site's one encoder).</summary>
    internal static void WriteTitle(string title, TextWriter writer) =>
        HtmlEncoding.Write(title, 0, title.Length, static (w, s, i, n) => w.Write(s.AsSpan(i, n)), writer);
}
