namespace OneOnOne.Journal.Parsing;

/// <summary>A front-matter value with its position in the file (1-based line and column), so that messages can point at it.</summary>
public abstract record YamlValue(int Line, int Column);

/// <summary>A scalar, as written (YAML plain, quoted or block scalar), without type conversion.</summary>
/// <param name="Text">The scalar's text.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
public sealed record YamlScalar(string Text, int Line, int Column) : YamlValue(Line, Column);

/// <summary>A sequence.</summary>
/// <param name="Items">The items in order.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
public sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column);

/// <summary>A mapping; keys are compared without regard to case, <c>-</c> or <c>_</c> (<c>who-leads</c> = <c>who_leads</c> = <c>WhoLeads</c>).</summary>
/// <param name="Entries">Values by normalised key (see <see cref="NormalizeKey"/>).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
public sealed record YamlMap(IReadOnlyDictionary<string, YamlValue> Entries, int Line, int Column) : YamlValue(Line, Column)
{
    /// <summary>An empty mapping at line 1.</summary>
    public static readonly YamlMap Empty = new(new Dictionary<string, YamlValue>(), 1, 1);

    /// <summary>The key in lower case without <c>-</c>, <c>_</c> or spaces.</summary>
    public static string NormalizeKey(string key)
    {
        foreach (var c in key)
        {
            if (c is '-' or '_' or ' ' || char.ToLowerInvariant(c) != c)
            {
                return Normalized(key);
            }
        }

        return key; // already normal: no copy (the usual case for front-matter keys and lookups)
    }

    private static string Normalized(string key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is not ('-' or '_' or ' '))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The value of the first of <paramref name="keys"/> present, or null.</summary>
    public YamlValue? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Entries.TryGetValue(NormalizeKey(key), out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The scalar text of the first of <paramref name="keys"/> present, trimmed, or null (also for empty or non-scalar values).</summary>
    public string? Text(params string[] keys) =>
        Get(keys) is YamlScalar { Text: var t } && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;

    /// <summary>
    /// The value as a list of strings with their positions: a scalar is one item (or comma-separated items when
    /// <paramref name="splitCommas"/>), a list its scalar items; nested lists (YAML's reading of
    /// an unquoted <c>[[Name]]</c>) are flattened to their text.
    /// </summary>
    public IReadOnlyList<(string Text, int Line, int Column)> Strings(bool splitCommas, params string[] keys)
    {
        var value = Get(keys);
        var result = new List<(string, int, int)>();
        Collect(value, splitCommas, result);
        return result;
    }

    private static void Collect(YamlValue? value, bool splitCommas, List<(string, int, int)> result)
    {
        switch (value)
        {
            case YamlScalar s when !string.IsNullOrWhiteSpace(s.Text):
                var parts = splitCommas ? s.Text.Split(',') : [s.Text];
                result.AddRange(parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => (p.Trim(), s.Line, s.Column)));
                break;
            case YamlList l:
                foreach (var item in l.Items)
                {
                    Collect(item, splitCommas: false, result);
                }

                break;
        }
    }
}
