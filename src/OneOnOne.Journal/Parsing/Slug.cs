using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Parsing;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens, accents removed (<c>2026-03-04 José Núñez</c> → <c>2026-03-04-jose-nunez</c>).</summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="text"/>; <c>note</c> when nothing is left (e.g. a name in Chinese characters keeps its letters).</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.Length == 0 ? "note" : builder.ToString();
    }
}
