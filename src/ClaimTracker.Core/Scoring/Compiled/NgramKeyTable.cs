using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// An n-gram packed into 64 bits → its slot: a char trigram as its three characters, looked up once per character of
/// every sentence scored, and a word pair as its two words' slots. Open addressing with a multiplicative hash (the
/// default hash of a packed trigram collides often: it XORs the first character into the last), each key beside its
/// slot so that a probe reads one cache line, not two.
/// </summary>
internal sealed class NgramKeyTable
{
    private const ulong Empty = ulong.MaxValue;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private readonly Entry[] _entries;
    private readonly int _shift;

    public NgramKeyTable(IReadOnlyDictionary<ulong, int> ngrams)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, ngrams.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _entries = new Entry[size];
        _entries.AsSpan().Fill(new Entry(Empty, -1));
        foreach (var (key, slot) in ngrams)
        {
            var i = Home(key);
            while (_entries[i].Key != Empty)
            {
                i = (i + 1) & (size - 1);
            }

            _entries[i] = new Entry(key, slot);
        }
    }

    public static ulong TrigramKey(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    /// <summary>The key of a word pair by its two words' slots (never <see cref="Empty"/>: slots are not negative).</summary>
    public static ulong PairKey(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    /// <summary>The slot of the n-gram <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            var found = entries[i];
            if (found.Key == key)
            {
                return found.Slot;
            }

            if (found.Key == Empty)
            {
                return -1;
            }
        }
    }

    /// <summary>Makes <paramref name="key"/> find nothing from now on (its entry stays, so probes still pass it).</summary>
    public void Remove(ulong key)
    {
        var mask = _entries.Length - 1;
        for (var i = Home(key); _entries[i].Key != Empty; i = (i + 1) & mask)
        {
            if (_entries[i].Key == key)
            {
                _entries[i] = _entries[i] with { Slot = -1 };
                return;
            }
        }
    }

    private int Home(ulong key) => (int)((key * Multiplier) >> _shift);

    private readonly record struct Entry(ulong Key, int Slot);
}
