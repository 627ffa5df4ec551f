using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OneOnOne.Journal.Engine;

/// <summary>
/// A document's metadata: an immutable map from key (compared ordinally) to value, kept as a small array in the order
/// the keys were first set. <see cref="Set"/> copies the array with one entry replaced or added. A document carries a
/// dozen keys or so, which a linear scan finds faster than a hash (the keys are mostly the same string constants, so a comparison
/// usually ends at the reference or the length); <see cref="System.Collections.Immutable.ImmutableDictionary{TKey, TValue}"/>,
/// used before, made a tree node per key on every <c>With</c> and a hash per lookup, a few per cent of a 10,000-note
/// build (docs/benchmarks.md, "Native build (issue #19)"). Statiq keeps its metadata in a class of its own for the same
/// reason.
/// </summary>
public sealed class DocumentMetadata : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _entries;

    private DocumentMetadata(KeyValuePair<string, object?>[] entries) => _entries = entries;

    /// <summary>No metadata.</summary>
    public static DocumentMetadata Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">No value has that key.</exception>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no metadata '{key}'");

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>, replacing any earlier value in its place.</summary>
    public DocumentMetadata Set(string key, object? value)
    {
        var at = IndexOf(key);
        var entries = new KeyValuePair<string, object?>[at < 0 ? _entries.Length + 1 : _entries.Length];
        _entries.CopyTo(entries, 0);
        entries[at < 0 ? _entries.Length : at] = new(key, value);
        return new DocumentMetadata(entries);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        value = at < 0 ? null : _entries[at].Value;
        return at >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        // string.Equals checks the reference first, then the length: the keys are mostly the same constants
        var entries = _entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
