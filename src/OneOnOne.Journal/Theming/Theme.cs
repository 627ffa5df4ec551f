using HandlebarsDotNet;

namespace OneOnOne.Journal.Theming;

/// <summary>
/// A theme loaded from a folder at run time (so an edit shows on the next build): Handlebars layouts
/// in <c>layouts/*.hbs</c>, partials in <c>partials/*.hbs</c>, static files in <c>assets/</c>, and
/// default meeting types in <c>meeting-types/*.md</c>. Every page is rendered by its own layout and
/// then wrapped by <c>layouts/base.hbs</c>, which receives the page's HTML as <c>Body</c>.
/// </summary>
public sealed partial class Theme
{
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts;

    private readonly HandlebarsTemplate<TextWriter, object, object> _title;

    private Theme(string path, Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts, HandlebarsTemplate<TextWriter, object, object> title)
    {
        Path = path;
        _layouts = layouts;
        _title = title;
    }

    /// <summary>The theme folder (absolute).</summary>
    public string Path { get; }

    /// <summary>The <c>assets/</c> folder (absolute).</summary>
    public string AssetsPath => AssetsFolder(Path);

    /// <summary>The <c>meeting-types/</c> folder (absolute).</summary>
    public string MeetingTypesPath => MeetingTypesFolder(Path);

    /// <summary>The <c>assets/</c> folder of the theme at <paramref name="themePath"/>, known without loading the theme.</summary>
    public static string AssetsFolder(string themePath) => System.IO.Path.Combine(themePath, "assets");

    /// <summary>The <c>meeting-types/</c> folder of the theme at <paramref name="themePath"/>, known without loading the theme.</summary>
    public static string MeetingTypesFolder(string themePath) => System.IO.Path.Combine(themePath, "meeting-types");

    /// <summary>
    /// Loads and compiles every layout and partial. Throws <see cref="ThemeException"/> with the file
    /// and the Handlebars message when a template does not compile or <c>base.hbs</c> is missing.
    /// </summary>
    public static Theme Load(string path)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var partials = System.IO.Path.Combine(path, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                Compile(file, () => handlebars.RegisterTemplate(System.IO.Path.GetFileNameWithoutExtension(file), ReadTemplate(file)));
            }
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        var layoutDir = System.IO.Path.Combine(path, "layouts");
        if (Directory.Exists(layoutDir))
        {
            foreach (var file in Directory.EnumerateFiles(layoutDir, "*.hbs").Order(StringComparer.Ordinal))
            {
                Compile(file, () => layouts[System.IO.Path.GetFileNameWithoutExtension(file)] = Compile(handlebars, ReadTemplate(file)));
            }
        }

        if (!layouts.ContainsKey("base"))
        {
            throw new ThemeException($"{System.IO.Path.Combine(layoutDir, "base.hbs")}: the theme has no base layout");
        }

        return new Theme(path, layouts, Compile(handlebars, "{{Title}}"));
    }

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
    /// <see cref="ThemeException"/> for an unknown layout or a template error.
    /// </summary>
    internal void Render(string layout, object model, TextWriter writer)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            throw new ThemeException($"{System.IO.Path.Combine(Path, "layouts", layout + ".hbs")}: no such layout");
        }

        try
        {
            template(writer, model, null);
        }
        catch (HandlebarsException e)
        {
            throw new ThemeException($"{System.IO.Path.Combine(Path, "layouts", layout + ".hbs")}: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="title"/> exactly as a layout's <c>{{Title}}</c> writes it (HTML-encoded by the theme's encoder).</summary>
    internal void WriteTitle(string title, TextWriter writer) => _title(writer, new TitleModel(title), null);

    private sealed record TitleModel(string Title);

    /// <summary>
    /// Reads a template with the indentation before each partial tag (<c>  {{&gt; name}}</c>) removed. Handlebars.Net 2.4.3
    /// renders a partial on an indented line through its indenting writer, which writes the partial's values without
    /// HTML-encoding them (issue #14: the dashboard's recent notes printed titles and names as markup). Any theme, the
    /// user's own included, gets the fix, at the cost of the partial's output not being indented.
    /// </summary>
    internal static string ReadTemplate(string file) => IndentedPartial().Replace(File.ReadAllText(file), "${tag}");

    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]+(?<tag>\{\{~?>)", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex IndentedPartial();

    private static HandlebarsTemplate<TextWriter, object, object> Compile(IHandlebars handlebars, string template)
    {
        using var reader = new StringReader(template);
        return handlebars.Compile(reader);
    }

    private static void Compile(string file, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException e)
        {
            throw new ThemeException($"{file}: {e.Message}", e);
        }
    }
}
