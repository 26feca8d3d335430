using System.Collections.Frozen;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Which of the extractors' trigger sets a sentence has a word of, found with one lookup per word for all sets at once
/// instead of one lookup per word and set. The answer is the same as scanning each set.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly FrozenSet<string>[] sets;
    private readonly FrozenDictionary<string, ulong> setsOfWord;

    /// <param name="sets">At most 64 sets; a set is known by reference, as the extractors hold it.</param>
    public TriggerIndex(IEnumerable<FrozenSet<string>> sets)
    {
        this.sets = sets.Distinct().ToArray();
        if (this.sets.Length > 64)
        {
            throw new ArgumentException("A trigger index holds at most 64 sets.", nameof(sets));
        }

        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var i = 0; i < this.sets.Length; i++)
        {
            foreach (var word in this.sets[i])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1UL << i);
            }
        }

        setsOfWord = masks.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The position of <paramref name="set"/> in the index, or -1 when it is not indexed.</summary>
    public int IndexOf(FrozenSet<string> set) => Array.IndexOf(sets, set);

    /// <summary>One bit per indexed set, set when one of <paramref name="words"/> is in that set.</summary>
    public ulong SetsOf(IReadOnlyList<string> words)
    {
        var mask = 0UL;
        for (var i = 0; i < words.Count; i++)
        {
            if (setsOfWord.TryGetValue(words[i], out var sets))
            {
                mask |= sets;
            }
        }

        return mask;
    }
}
