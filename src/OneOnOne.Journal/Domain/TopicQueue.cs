using System.Buffers;
using System.Globalization;

namespace OneOnOne.Journal.Domain;

/// <summary>
/// The topics still queued for the next meeting with a person (issue #16, item 4; docs/journal-format.md,
/// "Queued topics"). Pure: no I/O.
/// </summary>
/// <remarks>
/// A topic queued in a note (<c>next:</c> in its front matter, or a "Next time" section in its body) stays
/// queued until a later note with the person either mentions it or drops it. A note <em>mentions</em> a
/// topic when every significant word of the topic (letters and digits, compared ignoring case; words of two
/// letters or fewer do not count) appears among the words of the note's title or body (the body includes
/// its agenda). A note <em>drops</em> a topic when its <c>next:</c> lists it struck through (<c>~~topic~~</c>),
/// read by the same word rule. A note's own queue is added after its mentions are checked, so the note that
/// queues a topic never discharges it. A topic with no significant word (say "1:1") is discharged by the
/// next note of any content: there is nothing else to match it by.
/// </remarks>
public static class TopicQueue
{
    /// <summary>
    /// The topics queued with the person on <paramref name="date"/>, oldest first, each once (the first
    /// wording kept, compared ignoring case): queued by a note dated on or before the date and not
    /// mentioned or dropped by a later one dated on or before it.
    /// </summary>
    /// <param name="notes">The person's notes in any order; undated notes are ignored.</param>
    /// <param name="date">The meeting's date (notes after it do not count).</param>
    public static IReadOnlyList<string> Pending(IEnumerable<Note> notes, DateOnly date)
    {
        var pending = new List<string>();
        var significant = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var note in notes.Where(n => n.Date is { } d && d <= date).OrderBy(n => n.SortKey))
        {
            if (pending.Count > 0)
            {
                // the note's title and text only when something is waiting, lower-cased once into a pooled buffer (a line
                // break between them, which no word spans) and searched for each topic's few words, rather than split into
                // a set of every word it has: a prep sheet reads every note of the person, and those sets were most of what
                // a 1,000-note build's prep pages cost (docs/benchmarks.md, "Native build (issue #19)"); lower-cased into
                // the buffer, the plain text is the one string this makes per note, where it made three (same file, "Fifth figures")
                var plain = note.PlainText;
                var buffer = ArrayPool<char>.Shared.Rent(note.Title.Length + 1 + plain.Length);
                try
                {
                    var text = buffer.AsSpan(0, note.Title.Length + 1 + plain.Length);
                    note.Title.AsSpan().ToLowerInvariant(text);
                    text[note.Title.Length] = '\n';
                    plain.AsSpan().ToLowerInvariant(text[(note.Title.Length + 1)..]);
                    var dropped = note.DroppedNext.Count == 0 ? [] : note.DroppedNext.Select(Words).ToList();
                    for (var i = pending.Count - 1; i >= 0; i--)
                    {
                        var topic = pending[i];
                        if (!significant.TryGetValue(topic, out var words))
                        {
                            significant[topic] = words = SignificantWords(topic);
                        }

                        if (MentionsAll(text, words) || dropped.Any(d => words.IsSubsetOf(d)))
                        {
                            pending.RemoveAt(i);
                        }
                    }
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer);
                }
            }

            foreach (var topic in note.Next)
            {
                if (!pending.Contains(topic, StringComparer.OrdinalIgnoreCase))
                {
                    pending.Add(topic);
                }
            }
        }

        return pending;
    }

    /// <summary>
    /// True when <paramref name="lowerText"/> (lower case) has <paramref name="word"/> (a word of <see cref="Words"/>) as a
    /// whole word: not preceded or followed by a letter or digit. The same answer as <c>Words(text).Contains(word)</c>,
    /// since lower-casing keeps a text's length and which of its characters are letters or digits.
    /// </summary>
    private static bool HasWord(ReadOnlySpan<char> lowerText, string word)
    {
        var from = 0;
        while (lowerText[from..].IndexOf(word, StringComparison.Ordinal) is var found and >= 0)
        {
            var at = from + found;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(lowerText[at - 1])) && (end == lowerText.Length || !char.IsLetterOrDigit(lowerText[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>True when <paramref name="lowerText"/> has every one of <paramref name="words"/> as a whole word (<see cref="HasWord"/>).</summary>
    private static bool MentionsAll(ReadOnlySpan<char> lowerText, HashSet<string> words)
    {
        foreach (var word in words)
        {
            if (!HasWord(lowerText, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> holds every significant word of <paramref name="topic"/> (the rule above).</summary>
    public static bool Mentions(string text, string topic)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        return MentionsAll(lower, SignificantWords(topic));
    }

    /// <summary>The words of <paramref name="topic"/> that a mention must contain: longer than two letters, lower case.</summary>
    public static HashSet<string> SignificantWords(string topic)
    {
        var words = Words(topic);
        words.RemoveWhere(w => w.Length <= 2);
        return words;
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, lower case (punctuation separates words).</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                start = -1;
            }
        }

        return words;
    }
}
