using System.Numerics;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// One sentence's feature vector as ML.NET builds it: the slots its n-grams fill, in slot order, with how often each
/// occurs and then its weighted, L2-normalized value. Reused across sentences (one per thread), so scoring allocates nothing.
/// </summary>
internal sealed class SparseFeatures
{
    private int[] _slotCounts = [];

    // One bit per slot, set while the slot is filled: read in order, they list the filled slots sorted.
    private ulong[] _filled = [];

    // One bit per word of _filled that has a bit set, so sealing visits only those: a sentence fills a few dozen of
    // a model's hundred thousand slots, spread from the char slots at the start to the word slots at the end.
    private ulong[] _filledWords = [];

    public char[] Text { get; private set; } = new char[256];

    public int[] Indices { get; private set; } = new int[64];

    public int[] Counts { get; private set; } = new int[64];

    public float[] Values { get; private set; } = new float[64];

    /// <summary>The idf of each filled slot, gathered from the model's per-slot table.</summary>
    public double[] Idf { get; private set; } = new double[64];

    /// <summary>The model's weight of each filled slot, gathered beside its idf (they share a cache line).</summary>
    public float[] Weights { get; private set; } = new float[64];

    /// <summary>Filled slots.</summary>
    public int Count { get; private set; }

    /// <summary>Filled char slots, which come first.</summary>
    public int CharCount { get; private set; }

    public void Reset(int slots, int textLength)
    {
        if (_slotCounts.Length < slots)
        {
            _slotCounts = new int[slots];
            _filled = new ulong[(slots + 63) / 64];
            _filledWords = new ulong[(_filled.Length + 63) / 64];
        }

        if (Text.Length < textLength)
        {
            Text = new char[Math.Max(textLength, Text.Length * 2)];
        }

        Count = 0;
        CharCount = 0;
    }

    public void Add(int slot)
    {
        if (_slotCounts[slot]++ > 0)
        {
            return;
        }

        var word = slot >> 6;
        _filled[word] |= 1UL << slot;
        _filledWords[word >> 6] |= 1UL << word;
        Count++;
    }

    /// <summary>Lists the filled slots in order with their counts, leaving the per-slot tables cleared for the next sentence.</summary>
    public void Seal(int charSlots)
    {
        if (Indices.Length < Count)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Count);
            Indices = new int[size];
            Counts = new int[size];
            Values = new float[size];
            Idf = new double[size];
            Weights = new float[size];
        }

        var n = 0;
        CharCount = 0;
        for (var group = 0; group < _filledWords.Length; group++)
        {
            for (var words = _filledWords[group]; words != 0; words &= words - 1)
            {
                var word = (group << 6) + BitOperations.TrailingZeroCount(words);
                for (var bits = _filled[word]; bits != 0; bits &= bits - 1)
                {
                    var slot = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    Indices[n] = slot;
                    Counts[n++] = _slotCounts[slot];
                    _slotCounts[slot] = 0;
                    CharCount += slot < charSlots ? 1 : 0;
                }

                _filled[word] = 0;
            }

            _filledWords[group] = 0;
        }
    }
}
