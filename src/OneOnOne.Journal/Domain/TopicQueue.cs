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
                // the note's text only when something is waiting, lower-cased once and searched for each topic's few
                // words, rather than split into a set of every word it has: a prep sheet reads every note of the person,
                // and those sets were most of what a 1,000-note build's prep pages cost (docs/benchmarks.md, "Native build (issue #19)")
                var title = note.Title.ToLower(CultureInfo.InvariantCulture);
                var body = note.PlainText.ToLower(CultureInfo.InvariantCulture);
                var dropped = note.DroppedNext.Select(Words).ToList();
                pending.RemoveAll(topic =>
                {
                    if (!significant.TryGetValue(topic, out var words))
                    {
                        significant[topic] = words = SignificantWords(topic);
                    }

                    return words.All(w => HasWord(title, w) || HasWord(body, w)) || dropped.Any(d => words.IsSubsetOf(d));
                });
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
    private static bool HasWord(string lowerText, string word)
    {
        for (var at = lowerText.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lowerText.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(lowerText[at - 1])) && (end == lowerText.Length || !char.IsLetterOrDigit(lowerText[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> holds every significant word of <paramref name="topic"/> (the rule above).</summary>
    public static bool Mentions(string text, string topic)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        return SignificantWords(topic).All(w => HasWord(lower, w));
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
