namespace ClaimTracker.Text;

/// <summary>
/// A bounded hash table from a word's characters to a value, for <see cref="WordPool"/>. It is asked once per token by
/// every tokenizer, so it takes a hash the caller computed while reading the characters, probes linearly in a flat array
/// and compares characters only on a hash match: no comparer calls, no string made to look up.
/// </summary>
/// <typeparam name="T">What a word maps to.</typeparam>
internal sealed class WordTable<T>
    where T : class
{
    private const int InitialSize = 256;

    private readonly int _capacity;

    // One array of entries, so that a probe reads one cache line rather than one per array.
    private Entry[] _entries;
    private int _count;

    /// <param name="capacity">The most words kept; later new words are not added. The table doubles as it fills, up to
    /// twice this size, so probes stay short and a thread that meets few words keeps a small table.</param>
    public WordTable(int capacity)
    {
        _capacity = capacity;
        _entries = new Entry[InitialSize];
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

    /// <summary>
    /// The value stored for <paramref name="word"/> lower-cased, or null; <paramref name="word"/> must be all ASCII and
    /// <paramref name="lowerHash"/> the hash of its lower-cased characters. Compares while lower-casing, so the caller
    /// need not write the lower-cased word out first.
    /// </summary>
    public T? FindAsciiLowered(ReadOnlySpan<char> word, int lowerHash)
    {
        var mask = _entries.Length - 1;
        for (var slot = lowerHash & mask; _entries[slot].Key is { } key; slot = (slot + 1) & mask)
        {
            if (_entries[slot].Hash == lowerHash && EqualsAsciiLowered(word, key))
            {
                return _entries[slot].Value;
            }
        }

        return null;
    }

    private static bool EqualsAsciiLowered(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> unless the table is full; the key must be absent.</summary>
    public void Add(string key, int hash, T value)
    {
        if (_count >= _capacity)
        {
            return;
        }

        if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        Place(_entries, new Entry(hash, key, value));
        _count++;
    }

    private static void Place(Entry[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        var slot = entry.Hash & mask;
        while (entries[slot].Key is not null)
        {
            slot = (slot + 1) & mask;
        }

        entries[slot] = entry;
    }

    private void Grow()
    {
        var grown = new Entry[_entries.Length * 2];
        foreach (var entry in _entries)
        {
            if (entry.Key is not null)
            {
                Place(grown, entry);
            }
        }

        _entries = grown;
    }

    private readonly record struct Entry(int Hash, string? Key, T? Value);
}
