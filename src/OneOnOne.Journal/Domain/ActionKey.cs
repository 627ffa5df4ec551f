using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// The rule of DESIGN.md that says when two task items are the same action item: the same text,
/// ignoring case, punctuation, accents and the due date (and the owner mention, already removed from
/// <see cref="TaskItem.Text"/>).
/// </summary>
public static class ActionKey
{
    /// <summary>Lower-cased letters and digits of the text, accents removed, words separated by one space.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                space = space || char.IsWhiteSpace(c);
            }
        }

        return builder.ToString();
    }
}
