namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// One sentence's feature vector as ML.NET builds it: the slots its n-grams fill, in slot order, with how often each
/// occurs and then its weighted, L2-normalized value. Reused across sentences (one per thread), so scoring allocates nothing.
/// </summary>
internal sealed class SparseFeatures
{
    private int[] _slotCounts = [];

    public char[] Text { get; private set; } = new char[256];

    public char[] Pair { get; private set; } = new char[64];

    public int[] Indices { get; private set; } = new int[64];

    public int[] Counts { get; private set; } = new int[64];

    public float[] Values { get; private set; } = new float[64];

    /// <summary>Filled slots.</summary>
    public int Count { get; private set; }

    /// <summary>Filled char slots, which come first.</summary>
    public int CharCount { get; set; }

    public void Reset(int slots, int textLength)
    {
        if (_slotCounts.Length < slots)
        {
            _slotCounts = new int[slots];
        }

        if (Text.Length < textLength)
        {
            Text = new char[Math.Max(textLength, Text.Length * 2)];
        }

        Count = 0;
        CharCount = 0;
    }

    public Span<char> PairBuffer(int length)
    {
        if (Pair.Length < length)
        {
            Pair = new char[Math.Max(length, Pair.Length * 2)];
        }

        return Pair.AsSpan(0, length);
    }

    public void Add(int slot)
    {
        if (_slotCounts[slot]++ > 0)
        {
            return;
        }

        if (Count == Indices.Length)
        {
            Indices = Grow(Indices);
        }

        Indices[Count++] = slot;
    }

    /// <summary>Sorts the filled slots and moves their counts out of the per-slot table, leaving it zeroed for the next sentence.</summary>
    public void Seal(int charSlots)
    {
        if (Counts.Length < Count)
        {
            Counts = new int[Indices.Length];
            Values = new float[Indices.Length];
        }

        Array.Sort(Indices, 0, Count);
        CharCount = 0;
        for (var i = 0; i < Count; i++)
        {
            var slot = Indices[i];
            Counts[i] = _slotCounts[slot];
            _slotCounts[slot] = 0;
            if (slot < charSlots)
            {
                CharCount++;
            }
        }
    }

    private static int[] Grow(int[] array)
    {
        var grown = new int[array.Length * 2];
        array.CopyTo(grown, 0);
        return grown;
    }
}
