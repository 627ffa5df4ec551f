using CsCheck;
using OneOnOne.Journal.Engine;

namespace OneOnOne.Journal.Tests.Engine;

/// <summary><see cref="DocumentMetadata"/> behaves as an immutable dictionary with ordinal keys, whatever the order of the sets.</summary>
public sealed class DocumentMetadataTests
{
    [Fact]
    public void Any_sequence_of_sets_reads_back_as_a_dictionary_would_and_leaves_earlier_versions_unchanged()
    {
        // keys from a small pool, often equal but not the same string object, so both comparisons are exercised
        var key = Gen.Int[0, 12].Select(i => new string(['k', (char)('a' + i)]));
        var set = Gen.Select(key, Gen.Int[0, 3].Select(v => v == 0 ? null : (object?)v));
        set.Array[0, 40].Sample(steps =>
        {
            var metadata = DocumentMetadata.Empty;
            var expected = new Dictionary<string, object?>(StringComparer.Ordinal);
            var versions = new List<(DocumentMetadata Metadata, Dictionary<string, object?> Expected)>();
            foreach (var (k, v) in steps)
            {
                metadata = metadata.Set(k, v);
                expected[k] = v;
                versions.Add((metadata, new Dictionary<string, object?>(expected, StringComparer.Ordinal)));
            }

            foreach (var (m, e) in versions)
            {
                Assert.Equal(e.Count, m.Count);
                Assert.Equal(e.Keys.Order(StringComparer.Ordinal), m.Keys.Order(StringComparer.Ordinal));
                foreach (var (k, v) in e)
                {
                    Assert.True(m.ContainsKey(new string(k.AsSpan())));
                    Assert.True(m.TryGetValue(k, out var got));
                    Assert.Equal(v, got);
                    Assert.Equal(v, m[k]);
                }

                Assert.False(m.ContainsKey("absent"));
                Assert.False(m.TryGetValue("absent", out _));
            }
        });
    }

    [Fact]
    public void A_document_reads_the_value_set_last_and_a_missing_key_throws_from_the_indexer()
    {
        var doc = Document.Create("in/a.md", null, "").With("Title", "one").With("Count", 2).With("Title", "two");

        Assert.Equal("two", doc.Get<string>("Title"));
        Assert.Equal(2, doc.Get<int>("Count"));
        Assert.Null(doc.Get<string>("Count")); // of another type
        Assert.Equal(["Title", "Count"], doc.Metadata.Keys);
        Assert.Throws<KeyNotFoundException>(() => doc.Metadata["Missing"]);
    }
}
