namespace ClaimTracker.Text;

/// <summary>
/// A bounded hash table from a word's characters to a value, for <see cref="WordPool"/>. It is asked once per token by
/// every tokenizer, so it takes a hash the caller computed while reading the characters, probes linearly in flat arrays
/// and compares characters only on a hash match: no comparer calls, no string made to look up.
/// </summary>
/// <typeparam name="T">What a word maps to.</typeparam>
internal sealed class WordTable<T>
    where T : class
{
    private readonly int _capacity;

    // One array of entries, so that a probe reads one cache line rather than one per array.
    private readonly Entry[] _entries;
    private int _count;

    /// <param name="capacity">The most words kept; later new words are not added. The table is twice as large, so probes stay short.</param>
    public WordTable(int capacity)
    {
        _capacity = capacity;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _entries = new Entry[size];
    }

    /// <summary>FNV-1a over the characters; the same function callers fold in as they read.</summary>
    public static int Hash(ReadOnlySpan<char> chars)
    {
        var hash = OffsetBasis;
        foreach (var c in chars)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public static int OffsetBasis => unchecked((int)2166136261);

    public static int Step(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>The value stored for <paramref name="chars"/>, or null.</summary>
    public T? Find(ReadOnlySpan<char> chars, int hash)
    {
        var mask = _entries.Length - 1;
        for (var slot = hash & mask; _entries[slot].Key is { } key; slot = (slot + 1) & mask)
        {
            if (_entries[slot].Hash == hash && chars.SequenceEqual(key))
            {
                return _entries[slot].Value;
            }
        }

        return null;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> unless the table is full; the key must be absent.</summary>
    public void Add(string key, int hash, T value)
    {
        if (_count >= _capacity)
        {
            return;
        }

        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (_entries[slot].Key is not null)
        {
            slot = (slot + 1) & mask;
        }

        _entries[slot] = new Entry(hash, key, value);
        _count++;
    }

    private readonly record struct Entry(int Hash, string? Key, T? Value);
}
