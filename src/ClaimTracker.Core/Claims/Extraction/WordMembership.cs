using System.Collections.Frozen;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Which words of one sentence are in one word set. With the sentence's <see cref="TriggerIndex"/> answers a bit test
/// per word, read from the one lookup per word the sentence already made; without it, asks the set.
/// </summary>
internal readonly struct WordMembership
{
    private readonly IReadOnlyList<string> words;
    private readonly FrozenSet<string> set;
    private readonly ArraySegment<ulong> masks;
    private readonly ulong bit;

    /// <param name="words">The sentence's lower-cased words.</param>
    /// <param name="set">The word set.</param>
    /// <param name="masks">Per word, the indexed sets it is in; empty (default) when <paramref name="set"/> is not indexed.</param>
    /// <param name="index">The set's position in the index.</param>
    public WordMembership(IReadOnlyList<string> words, FrozenSet<string> set, ArraySegment<ulong> masks, int index)
    {
        this.words = words;
        this.set = set;
        this.masks = masks;
        bit = masks.Array is null ? 0 : 1UL << index;
    }

    /// <summary>Whether word <paramref name="index"/> is in the set.</summary>
    public bool Contains(int index) => masks.Array is null ? set.Contains(words[index]) : (masks[index] & bit) != 0;
}
