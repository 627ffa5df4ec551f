namespace OneOnOne.Journal.Domain;

/// <summary>
/// Reads and writes the journal's spelling of the domain enums (<c>on-track</c>, <c>skip</c>, ...).
/// </summary>
public static class Enums
{
    /// <summary>The journal spelling of a value: lower case words joined by hyphens (OnTrack → on-track).</summary>
    public static string ToJournal<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Parses the journal spelling, ignoring case, hyphens, underscores and spaces; null when it is not a value of <typeparamref name="T"/>.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = new string(text.Where(char.IsLetterOrDigit).ToArray());
        return Enum.TryParse<T>(compact, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(compact, out _)
            ? value
            : null;
    }

    /// <summary>The accepted spellings, for messages: "a | b | c".</summary>
    public static string Choices<T>() where T : struct, Enum => string.Join(" | ", Enum.GetValues<T>().Select(v => ToJournal(v)));
}
