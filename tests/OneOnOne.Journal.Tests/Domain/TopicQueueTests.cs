using CsCheck;
using OneOnOne.Journal.Domain;

namespace OneOnOne.Journal.Tests.Domain;

/// <summary>Queued topics persist until a later note mentions them or drops them with <c>~~topic~~</c> (issue #16, item 4).</summary>
public sealed class TopicQueueTests
{
    private static Note Note(string date, string body = "", string title = "Regular 1:1", string[]? next = null, string[]? dropped = null) => new()
    {
        SourcePath = $"notes/{date}.md",
        Slug = date,
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Title = title,
        PlainText = body,
        Next = next ?? [],
        DroppedNext = dropped ?? [],
    };

    private static readonly DateOnly Later = new(2026, 12, 31);

    [Fact]
    public void A_topic_stays_queued_through_notes_that_do_not_mention_it()
    {
        var notes = new[]
        {
            Note("2026-01-05", next: ["Promo packet timeline"]),
            Note("2026-01-12", "We talked about the roadmap.", next: ["Conference budget"]),
            Note("2026-01-19", "Hiring plan."),
        };

        Assert.Equal(["Promo packet timeline", "Conference budget"], TopicQueue.Pending(notes, Later));
    }

    [Theory]
    [InlineData("We went over the PROMO timeline and the packet.", "")]        // words in any order, any case
    [InlineData("Nothing else.", "Promo-packet: timeline")]                      // in the title, punctuation ignored
    [InlineData("promo packet, a timeline to do", "")]                         // short words of the topic are not needed
    public void A_later_note_that_mentions_every_significant_word_discharges_it(string body, string title)
    {
        var notes = new[] { Note("2026-01-05", next: ["Promo packet timeline in Q3"]), Note("2026-01-12", body, title.Length > 0 ? title : "Regular 1:1") };

        Assert.Empty(TopicQueue.Pending(notes, Later));
    }

    [Fact]
    public void A_note_that_mentions_only_some_of_the_words_does_not()
    {
        var notes = new[] { Note("2026-01-05", next: ["Promo packet timeline"]), Note("2026-01-12", "The promo is on track.") };

        Assert.Equal(["Promo packet timeline"], TopicQueue.Pending(notes, Later));
    }

    [Fact]
    public void A_word_is_not_made_of_the_end_of_the_title_and_the_start_of_the_text_or_the_words_of_other_topics()
    {
        // the title and the text are searched as one lower-cased text with a line break between them; topics are tested
        // from the last queued to the first, and each keeps its place in the queue
        var notes = new[]
        {
            Note("2026-01-05", next: ["Roadmap", "Offsite", "Mentoring"]),
            Note("2026-01-12", "map review and mentoring", title: "Road"),
        };

        Assert.Equal(["Roadmap", "Offsite"], TopicQueue.Pending(notes, Later));
    }

    [Fact]
    public void A_struck_topic_in_next_drops_it_and_the_queuing_note_never_discharges_its_own_topics()
    {
        var notes = new[]
        {
            Note("2026-01-05", "Next time: conference budget, promo packet", next: ["Conference budget", "Promo packet"]),
            Note("2026-01-12", dropped: ["conference budget"]),
        };

        Assert.Equal(["Promo packet"], TopicQueue.Pending(notes, Later));
    }

    [Fact]
    public void Only_notes_on_or_before_the_date_count_and_a_topic_queued_twice_shows_once()
    {
        var notes = new[]
        {
            Note("2026-01-05", next: ["Promo packet"]),
            Note("2026-01-12", next: ["promo packet"]),
            Note("2026-03-01", "promo packet done", next: ["Future topic"]),
        };

        Assert.Equal(["Promo packet"], TopicQueue.Pending(notes, new DateOnly(2026, 2, 1)));
        Assert.Equal(["Future topic"], TopicQueue.Pending(notes, Later));
    }

    [Fact]
    public void A_mention_is_every_significant_word_among_the_words_of_the_text_whatever_the_case_punctuation_or_script()
    {
        // the rule as written (split the text into lower-case words, then a subset test), against the search for each word
        // that TopicQueue does; texts mix cases, digits, punctuation, accents, a dotted capital I and a surrogate pair
        static HashSet<string> Words(string text) =>
            [.. System.Text.RegularExpressions.Regex.Split(text, "[^\\p{L}\\p{Nd}]+").Where(w => w.Length > 0).Select(w => w.ToLowerInvariant())];
        static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
        // texts made of pieces that are words, parts of words and separators, so that a topic's word often sits inside a longer one
        var piece = OneOf("abc", "ABC", "ab", "c", "abcd", "xabc", "bée", "BÉE", "İbc", "ibc", "a1c", "1", " ", "-", ".", "\u0301", "🙂");
        var text = piece.Array[0, 12].Select(parts => string.Concat(parts));
        var topic = OneOf("abc", "abc bée", "İbc", "a1c next", "ab", "Abc-bée");
        Gen.Select(text, topic, OneOf("", " ", "x")).Sample((body, subject, pad) =>
        {
            var full = pad + body + pad;
            var significant = Words(subject).Where(w => w.Length > 2).ToHashSet();
            Assert.Equal(significant.IsSubsetOf(Words(full)), TopicQueue.Mentions(full, subject));
        }, iter: 5000);
    }
}
