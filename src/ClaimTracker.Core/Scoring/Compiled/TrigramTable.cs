using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// Char trigram → slot, looked up once per character of every sentence scored. Open addressing with a multiplicative
/// hash: the default hash of a packed trigram collides often (it XORs the first character into the last).
/// </summary>
internal sealed class TrigramTable
{
    private const ulong Empty = ulong.MaxValue;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private readonly ulong[] _keys;
    private readonly int[] _slots;
    private readonly int _shift;

    public TrigramTable(IReadOnlyDictionary<ulong, int> trigrams)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, trigrams.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _keys = new ulong[size];
        _slots = new int[size];
        _keys.AsSpan().Fill(Empty);
        foreach (var (key, slot) in trigrams)
        {
            var i = Home(key);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & (size - 1);
            }

            _keys[i] = key;
            _slots[i] = slot;
        }
    }

    public static ulong Key(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    /// <summary>The slot of the trigram <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var mask = _keys.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            var found = _keys[i];
            if (found == key)
            {
                return _slots[i];
            }

            if (found == Empty)
            {
                return -1;
            }
        }
    }

    private int Home(ulong key) => (int)((key * Multiplier) >> _shift);
}
