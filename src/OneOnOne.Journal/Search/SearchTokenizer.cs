using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Splits text into search terms, the same way the browser's <c>theme/assets/search.js</c> does
/// (keep the two in step): lower case; accents removed through Unicode decomposition (each character outside the scripts below is
/// decomposed (NFD) and every non-spacing mark dropped, so <c>José</c> → <c>jose</c>), plus a few letters that do not decompose
/// (ß → ss, ø → o, ł → l, đ → d, æ → ae, œ → oe); every character that is not a letter or a digit
/// separates terms. Runs of characters from scripts written without spaces (Chinese, Japanese kana,
/// Korean Hangul) become character n-grams so that any substring can be found: the index gets every
/// single character and every pair of neighbours; a query gets the pairs (or the single character when
/// the run is one character long). A few very common English words are left out of the index.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>English words too common to be worth indexing (a query's last, still-typed word is kept as a prefix).</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "i", "in", "is", "it",
        "its", "of", "on", "or", "our", "s", "so", "that", "the", "their", "this", "to", "was", "we", "were", "with",
    };

    /// <summary>True for characters of scripts written without spaces between words (CJK ideographs, kana, Hangul).</summary>
    public static bool IsUnspaced(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Lower-cases <paramref name="text"/> and removes accents (see the type's summary); characters of scripts without spaces are kept as written (kana voicing marks and Hangul syllables matter there), other characters are kept.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < '\u0080')
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            }
            else if (IsUnspaced(c) || char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    {
                        AppendFolded(builder, char.ToLowerInvariant(d));
                    }
                }
            }
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char lower)
    {
        switch (lower)
        {
            case 'ß': builder.Append("ss"); break;
            case 'ø': builder.Append('o'); break;
            case 'ł': builder.Append('l'); break;
            case 'đ': builder.Append('d'); break;
            case 'æ': builder.Append("ae"); break;
            case 'œ': builder.Append("oe"); break;
            case 'ı': builder.Append('i'); break;
            default: builder.Append(lower); break;
        }
    }

    /// <summary>The terms to index for <paramref name="text"/>, in order, with repeats; stop words left out; CJK runs as single characters and pairs.</summary>
    public static IEnumerable<string> IndexTerms(string text) => Split(text, forQuery: false).Where(t => !StopWords.Contains(t));

    /// <summary>The terms of a query, in order: words as in <see cref="IndexTerms"/> (stop words kept; the caller decides), CJK runs as pairs.</summary>
    public static IReadOnlyList<string> QueryTerms(string query) => [.. Split(query, forQuery: true)];

    private static IEnumerable<string> Split(string text, bool forQuery)
    {
        var folded = Fold(text);
        var start = -1;
        var unspaced = false;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var isUnspaced = IsUnspaced(c);
            var isWord = !isUnspaced && IsWordChar(folded, i, c);
            var inRun = isUnspaced || isWord;
            if (start >= 0 && (!inRun || isUnspaced != unspaced))
            {
                var run = folded[start..i];
                foreach (var term in unspaced ? Grams(run, forQuery) : [run])
                {
                    yield return term;
                }

                start = -1;
            }

            if (inRun && start < 0)
            {
                start = i;
                unspaced = isUnspaced;
            }
        }
    }

    private static bool IsWordChar(string text, int i, char c) =>
        char.IsHighSurrogate(c) ? i < text.Length && char.IsLetterOrDigit(text, i)
        : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1]) && char.IsLetterOrDigit(text, i - 1)
        : char.IsLetterOrDigit(c);

    private static IEnumerable<string> Grams(string run, bool forQuery)
    {
        if (run.Length == 1)
        {
            yield return run;
            yield break;
        }

        for (var i = 0; i < run.Length; i++)
        {
            if (!forQuery)
            {
                yield return run[i].ToString();
            }

            if (i + 1 < run.Length)
            {
                yield return run.Substring(i, 2);
            }
        }
    }
}
