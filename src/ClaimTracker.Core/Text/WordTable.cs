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
    private readonly int[] _hashes;
    private readonly string?[] _keys;
    private readonly T?[] _values;
    private int _count;

    /// <param name="capacity">The most words kept; later new words are not added. The table is twice as large, so probes stay short.</param>
    public WordTable(int capacity)
    {
        _capacity = capacity;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _hashes = new int[size];
        _keys = new string?[size];
        _values = new T?[size];
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
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; _keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && chars.SequenceEqual(key))
            {
                return _values[slot];
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

        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        (_hashes[slot], _keys[slot], _values[slot]) = (hash, key, value);
        _count++;
    }
}
