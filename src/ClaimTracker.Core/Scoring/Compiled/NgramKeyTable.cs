using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// An n-gram packed into an integer key → its slot: a char trigram as its three characters, looked up once per
/// character of every sentence scored, and a word pair as its two words' slots. Open addressing with a multiplicative
/// hash (the default hash of a packed trigram collides often: it XORs the first character into the last), each key
/// and its slot packed into one 64-bit entry: half the memory of a key beside a slot, so more of the table stays in
/// cache between sentences.
/// </summary>
internal sealed class NgramKeyTable
{
    /// <summary>Bits of a trigram key: three characters.</summary>
    public const int TrigramKeyBits = 48;

    private const ulong Empty = ulong.MaxValue;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private readonly ulong[] _entries;
    private readonly int _shift;
    private readonly int _slotBits;

    // The slot field's value that is no slot: it marks a removed key, and the empty entry.
    private readonly ulong _none;

    /// <param name="ngrams">Each n-gram's key and slot.</param>
    /// <param name="slots">A bound of the slots: every slot is below it.</param>
    public NgramKeyTable(IReadOnlyDictionary<ulong, int> ngrams, int slots)
    {
        _slotBits = SlotBits(slots);
        _none = (1UL << _slotBits) - 1;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, ngrams.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _entries = new ulong[size];
        _entries.AsSpan().Fill(Empty);
        foreach (var (key, slot) in ngrams)
        {
            if (!Fits(KeyBits(key), slots) || (uint)slot >= (uint)slots)
            {
                throw new ArgumentOutOfRangeException(nameof(ngrams), "A key and its slot must fit in 64 bits together.");
            }

            var i = Home(key);
            while (_entries[i] != Empty)
            {
                i = (i + 1) & (size - 1);
            }

            _entries[i] = (key << _slotBits) | (uint)slot;
        }
    }

    /// <summary>Whether keys of <paramref name="keyBits"/> bits fit beside slots below <paramref name="slots"/>.</summary>
    public static bool Fits(int keyBits, int slots) => keyBits + SlotBits(slots) <= 64;

    public static ulong TrigramKey(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    /// <summary>The slot of the n-gram <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            var found = entries[i];
            if (found >> _slotBits == key)
            {
                // The empty entry, and a removed key, carry the slot that is none.
                var slot = found & _none;
                return slot == _none ? -1 : (int)slot;
            }

            if (found == Empty)
            {
                return -1;
            }
        }
    }

    /// <summary>Makes <paramref name="key"/> find nothing from now on (its entry stays, so probes still pass it).</summary>
    public void Remove(ulong key)
    {
        var mask = _entries.Length - 1;
        for (var i = Home(key); _entries[i] != Empty; i = (i + 1) & mask)
        {
            if (_entries[i] >> _slotBits == key)
            {
                _entries[i] |= _none;
                return;
            }
        }
    }

    /// <summary>Bits for slots below <paramref name="slots"/> with one value to spare for none.</summary>
    private static int SlotBits(int slots) => BitOperations.Log2((uint)slots) + 1;

    private static int KeyBits(ulong key) => 64 - BitOperations.LeadingZeroCount(key);

    private int Home(ulong key) => (int)((key * Multiplier) >> _shift);
}
