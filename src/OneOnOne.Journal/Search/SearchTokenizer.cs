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
            else
            {
                builder.Append(FoldChar(c));
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

    /// <summary>Receives one term as a span (valid only during the call).</summary>
    public delegate void TermHandler(ReadOnlySpan<char> term);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup =
        ((HashSet<string>)StopWords).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string?[] FoldCache = new string?[0x10000];

    /// <summary>True when <paramref name="term"/> is one of <see cref="StopWords"/>.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> term) => StopLookup.Contains(term);

    /// <summary>The terms to index for <paramref name="text"/>, in order, with repeats; stop words left out; CJK runs as single characters and pairs.</summary>
    public static IEnumerable<string> IndexTerms(string text)
    {
        var terms = new List<string>();
        Scan(text, forQuery: false, t =>
        {
            if (!IsStopWord(t))
            {
                terms.Add(t.ToString());
            }
        });
        return terms;
    }

    /// <summary>The terms of a query, in order: words as in <see cref="IndexTerms"/> (stop words kept; the caller decides), CJK runs as pairs.</summary>
    public static IReadOnlyList<string> QueryTerms(string query)
    {
        var terms = new List<string>();
        Scan(query, forQuery: true, t => terms.Add(t.ToString()));
        return terms;
    }

    /// <summary>
    /// Folds and splits <paramref name="text"/> in one pass, without allocating per term, handing each
    /// term to <paramref name="handler"/> (stop words included). <paramref name="forQuery"/> selects the
    /// query form of CJK runs (pairs only).
    /// </summary>
    public static void Scan(string text, bool forQuery, TermHandler handler)
    {
        Span<char> initial = stackalloc char[256];
        var run = new RunBuffer(initial);
        var unspaced = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0080')
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    Push(ref run, ref unspaced, c, false, forQuery, handler);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    Push(ref run, ref unspaced, (char)(c + 32), false, forQuery, handler);
                }
                else
                {
                    Flush(ref run, unspaced, forQuery, handler);
                }
            }
            else if (IsUnspaced(c))
            {
                Push(ref run, ref unspaced, c, true, forQuery, handler);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (char.IsLetterOrDigit(text, i))
                {
                    Push(ref run, ref unspaced, c, false, forQuery, handler);
                    Push(ref run, ref unspaced, text[i + 1], false, forQuery, handler);
                }
                else
                {
                    Flush(ref run, unspaced, forQuery, handler);
                }

                i++;
            }
            else
            {
                foreach (var f in FoldChar(c))
                {
                    if (IsUnspaced(f))
                    {
                        Push(ref run, ref unspaced, f, true, forQuery, handler);
                    }
                    else if (char.IsLetterOrDigit(f))
                    {
                        Push(ref run, ref unspaced, f, false, forQuery, handler);
                    }
                    else
                    {
                        Flush(ref run, unspaced, forQuery, handler);
                    }
                }
            }
        }

        Flush(ref run, unspaced, forQuery, handler);
        run.Dispose();
    }

    /// <summary>The folded form of one character outside ASCII (cached): decomposed, marks dropped, lower-cased, special letters mapped.</summary>
    private static string FoldChar(char c)
    {
        var cached = FoldCache[c];
        if (cached is not null)
        {
            return cached;
        }

        var builder = new StringBuilder(2);
        if (char.IsSurrogate(c))
        {
            builder.Append(' ');
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

        var folded = builder.ToString();
        FoldCache[c] = folded;
        return folded;
    }

    private static void Push(ref RunBuffer run, ref bool unspaced, char c, bool isUnspaced, bool forQuery, TermHandler handler)
    {
        if (run.Length > 0 && isUnspaced != unspaced)
        {
            Flush(ref run, unspaced, forQuery, handler);
        }

        unspaced = isUnspaced;
        run.Append(c);
    }

    private static void Flush(ref RunBuffer run, bool unspaced, bool forQuery, TermHandler handler)
    {
        if (run.Length == 0)
        {
            return;
        }

        var span = run.Span;
        if (!unspaced || span.Length == 1)
        {
            handler(span);
        }
        else
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (!forQuery)
                {
                    handler(span.Slice(i, 1));
                }

                if (i + 1 < span.Length)
                {
                    handler(span.Slice(i, 2));
                }
            }
        }

        run.Clear();
    }

    /// <summary>A growable character buffer for the current run, on the stack until it outgrows it.</summary>
    private ref struct RunBuffer(Span<char> initial)
    {
        private Span<char> _chars = initial;
        private char[]? _rented;

        public int Length { get; private set; }

        public readonly ReadOnlySpan<char> Span => _chars[..Length];

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(_chars.Length * 2);
                _chars.CopyTo(bigger);
                if (_rented is not null)
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(_rented);
                }

                _rented = bigger;
                _chars = bigger;
            }

            _chars[Length++] = c;
        }

        public void Clear() => Length = 0;

        public void Dispose()
        {
            if (_rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(_rented);
            }
        }
    }
}
