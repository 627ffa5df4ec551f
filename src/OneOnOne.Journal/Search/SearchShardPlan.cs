using System.Globalization;
using System.Text;

namespace OneOnOne.Journal.Search;

/// <summary>
/// Which term goes into which shard, and which shards share a file: a term's shard key is its first two characters,
/// one more each time the shard would exceed <see cref="SearchIndexWriter.SplitBytes"/>; terms of scripts without
/// spaces share <see cref="SearchIndexWriter.UnspacedBuckets"/> buckets; consecutive small shards are packed into one
/// file of at least <see cref="SearchIndexWriter.PackBytes"/> (<see cref="Pack"/>).
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
            var size = Size(terms, postings);
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

    /// <summary>
    /// Groups <paramref name="keys"/> (in their given order) into files: consecutive keys share a file until it holds
    /// at least <see cref="SearchIndexWriter.PackBytes"/>, so no file is larger than that plus one key's shard. Without
    /// packing, most two-letter shards of a journal are a few hundred bytes, and the files, not the bytes, were what a
    /// build spent its time on: each is an inode for the file system to create (docs/benchmarks.md, "Native build
    /// (issue #19)", "Where the time goes now").
    /// </summary>
    /// <param name="keys">Shard keys in the order the files are numbered.</param>
    /// <param name="size">A key's shard size in bytes (roughly, as in <see cref="Plan"/>).</param>
    /// <returns>For each file, the keys it holds, in order; every key is in exactly one file.</returns>
    public static List<List<string>> Pack(IReadOnlyList<string> keys, Func<string, int> size)
    {
        var files = new List<List<string>>();
        List<string>? current = null;
        var bytes = 0;
        foreach (var key in keys)
        {
            if (current is null || bytes >= SearchIndexWriter.PackBytes)
            {
                files.Add(current = []);
                bytes = 0;
            }

            current.Add(key);
            bytes += size(key);
        }

        return files;
    }

    /// <summary>The estimated size in bytes of a shard holding <paramref name="terms"/>: what <see cref="Plan"/> splits and <see cref="Pack"/> packs by.</summary>
    public static int Size(IEnumerable<string> terms, Dictionary<string, List<int>> postings) => terms.Sum(t => Size(t, postings[t].Count));

    /// <summary>The estimated size in bytes of one key (a term or a facet) with <paramref name="postings"/> postings in a file.</summary>
    public static int Size(string key, int postings) => key.Length + 4 + postings * 4;
}
