namespace OneOnOne.Journal.Parsing;

/// <summary>What a file's <c>private:</c> front-matter value says.</summary>
public enum Privacy
{
    /// <summary>No <c>private:</c> key, or a false-ish value (<c>false</c>, <c>no</c>, <c>off</c>, <c>n</c>).</summary>
    Public,

    /// <summary>A true-ish value (<c>true</c>, <c>yes</c>, <c>on</c>, <c>y</c>).</summary>
    Private,

    /// <summary>Any other value (<c>maybe</c>, a list, empty): cannot be read with certainty, so treated as private.</summary>
    Unclear,
}

/// <summary>
/// Reads the <c>private:</c> flag of a note, person or meeting type (DESIGN.md, "Privacy";
/// docs/journal-format.md). The values are YAML 1.1's booleans in any case, since that is what people
/// write in other tools' front matter (<c>y</c>, <c>yes</c>, <c>on</c>, <c>true</c> and their opposites).
/// Anything else is <see cref="Privacy.Unclear"/>: publishing fails closed, so it is treated as private
/// and reported as an error.
/// </summary>
public static class PrivateFlag
{
    /// <summary>The message reported for an <see cref="Privacy.Unclear"/> value.</summary>
    public const string UnclearMessage = "private: must be true or false; until it is, the file is treated as private and left out of a publish";

    /// <summary>Reads <c>private:</c> from <paramref name="frontMatter"/> (null: no front matter, so public).</summary>
    /// <returns>The flag, and the 1-based line and column of its value (1, 1 when absent).</returns>
    public static (Privacy Value, int Line, int Column) Read(YamlMap? frontMatter)
    {
        if (frontMatter?.Get("private") is not { } value)
        {
            return (Privacy.Public, 1, 1);
        }

        if (value is not YamlScalar scalar)
        {
            return (Privacy.Unclear, value.Line, value.Column);
        }

        return (scalar.Text.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "on" or "y" => Privacy.Private,
            "false" or "no" or "off" or "n" => Privacy.Public,
            _ => Privacy.Unclear,
        }, scalar.Line, scalar.Column);
    }
}
