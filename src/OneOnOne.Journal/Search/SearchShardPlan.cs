using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Which term goes into which <c>terms-&lt;key&gt;.js</c> shard, and what the shard files are called: a term's shard is
/// its first two characters, one more each time the shard would exceed <see cref="SearchIndexWriter.SplitBytes"/>;
/// terms of scripts without spaces share <see cref="SearchIndexWriter.UnspacedBuckets"/> buckets.
/// </summary>
internal static class SearchShardPlan
{
    /// <summary>The term shard key of a term before splitting: its first two characters (one for a one-character term), or <c>~n</c> for a term of a script without spaces.</summary>
    public static string ShardKey(string term) =>
        SearchTokenizer.IsUnspaced(term[0])
            ? "~" + (term[0] % SearchIndexWriter.UnspacedBuckets).ToString(CultureInfo.InvariantCulture)
            : term[..Math.Min(2, term.Length)];

    /// <summary>
    /// The file-name form of a key: the key itself when it is made of <c>a-z</c> and <c>0-9</c> (and
    /// <c>-</c> when <paramref name="allowHyphen"/>), else <c>_</c> and four lower-case hex digits per UTF-16 code unit.
    /// </summary>
    public static string FileKey(string key, bool allowHyphen)
    {
        if (key.Length > 0 && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' || allowHyphen && c == '-'))
        {
            return key;
        }

        var builder = new StringBuilder("_", 1 + key.Length * 4);
        foreach (var c in key)
        {
            builder.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The terms of each shard, by shard key; <paramref name="split"/> gets the keys that were split by one more character.</summary>
    /// <param name="postings">Every term with its postings (<see cref="SearchPostings.Terms"/>): a shard's size is estimated from them.</param>
    /// <param name="split">The keys split by one more character (listed in <c>meta.js</c>).</param>
    public static Dictionary<string, List<string>> Plan(Dictionary<string, List<int>> postings, out HashSet<string> split)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var splitKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in postings.Keys.GroupBy(ShardKey, StringComparer.Ordinal))
        {
            Assign(group.Key, [.. group]);
        }

        split = splitKeys;
        return result;

        // a shard over SplitBytes is split by the next character, as often as needed; terms as long as the key stay in it
        void Assign(string key, List<string> terms)
        {
            var size = terms.Sum(t => t.Length + 4 + postings[t].Count * 4);
            if (size <= SearchIndexWriter.SplitBytes || key[0] == '~' || terms.All(t => t.Length <= key.Length))
            {
                result[key] = terms;
                return;
            }

            splitKeys.Add(key);
            var exact = terms.Where(t => t.Length == key.Length).ToList();
            if (exact.Count > 0)
            {
                result[key] = exact;
            }

            foreach (var longer in terms.Where(t => t.Length > key.Length).GroupBy(t => t[..(key.Length + 1)], StringComparer.Ordinal))
            {
                Assign(longer.Key, [.. longer]);
            }
        }
    }
}
