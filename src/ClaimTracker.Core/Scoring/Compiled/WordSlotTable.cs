using System.Numerics;
using ClaimTracker.Text;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// Word n-gram → slot, looked up twice per word of every sentence scored (the word, and it with the word before).
/// Open addressing over one flat array with the FNV-1a hash that <see cref="WordTable{T}"/> uses: a dictionary's
/// randomized string hash cost more than the rest of the lookup, and a pair is hashed and compared in place, as the
/// two words and the space between them, without being copied into one string first.
/// </summary>
internal sealed class WordSlotTable
{
    private readonly Entry[] _entries;

    public WordSlotTable(IReadOnlyDictionary<string, int> words)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _entries = new Entry[size];
        foreach (var (key, slot) in words)
        {
            var i = Home(WordTable<string>.Hash(key));
            while (_entries[i].Key is not null)
            {
                i = (i + 1) & (size - 1);
            }

            _entries[i] = new Entry(WordTable<string>.Hash(key), key, slot);
        }
    }

    /// <summary>The slot of <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, [], WordTable<string>.Hash(word));

    /// <summary>The slot of <paramref name="first"/> and <paramref name="second"/> joined by one space, or -1.</summary>
    public int Find(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = WordTable<string>.Step(WordTable<string>.Hash(first), ' ');
        foreach (var c in second)
        {
            hash = WordTable<string>.Step(hash, c);
        }

        return Find(first, second, hash);
    }

    /// <summary>Makes <paramref name="key"/> find nothing from now on (its entry stays, so probes still pass it).</summary>
    public void Remove(string key)
    {
        var hash = WordTable<string>.Hash(key);
        var mask = _entries.Length - 1;
        for (var i = Home(hash); _entries[i].Key is { } found; i = (i + 1) & mask)
        {
            if (_entries[i].Hash == hash && string.Equals(found, key, StringComparison.Ordinal))
            {
                _entries[i] = _entries[i] with { Slot = -1 };
                return;
            }
        }
    }

    private int Find(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int hash)
    {
        var mask = _entries.Length - 1;
        for (var i = Home(hash); _entries[i].Key is { } key; i = (i + 1) & mask)
        {
            if (_entries[i].Hash == hash && Joins(key, first, second))
            {
                return _entries[i].Slot;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="first"/> alone, or it, a space and <paramref name="second"/>.</summary>
    private static bool Joins(string key, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        second.IsEmpty
            ? first.SequenceEqual(key)
            : key.Length == first.Length + 1 + second.Length
                && key.AsSpan(0, first.Length).SequenceEqual(first)
                && key[first.Length] == ' '
                && key.AsSpan(first.Length + 1).SequenceEqual(second);

    private int Home(int hash) => hash & (_entries.Length - 1);

    private readonly record struct Entry(int Hash, string? Key, int Slot);
}
