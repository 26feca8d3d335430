using System.Collections.Frozen;
using ClaimTracker.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Which of the extractors' word sets each word of a sentence is in, found with one lookup per word for all sets at
/// once instead of one lookup per word and set. The answers are the same as asking each set.
/// </summary>
internal sealed class TriggerIndex : IWordClassifier
{
    private readonly FrozenSet<string>[] sets;
    private readonly FrozenDictionary<string, ulong> setsOfWord;
    private readonly WordShapeFilter? shapes;

    /// <param name="sets">At most 64 sets; a set is known by reference, as the extractors hold it.</param>
    /// <param name="filterByShape">Whether a word whose first and last letter and length no indexed word has is passed
    /// without a lookup; the answers are the same either way, which tests check against the sets themselves.</param>
    public TriggerIndex(IEnumerable<FrozenSet<string>> sets, bool filterByShape = true)
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
        shapes = filterByShape ? new WordShapeFilter(masks.Keys) : null;
    }

    /// <summary>The position of <paramref name="set"/> in the index, or -1 when it is not indexed.</summary>
    public int IndexOf(FrozenSet<string> set)
    {
        // By reference: the default comparer would call Equals on every set.
        for (var i = 0; i < sets.Length; i++)
        {
            if (ReferenceEquals(sets[i], set))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One bit per indexed set that <paramref name="word"/> is in.</summary>
    public ulong Classify(string word) =>
        // Most words of a sentence are in no set: their shape alone rules them out, before the string is hashed.
        word.Length > 0 && (shapes is null || shapes.MayContain(word)) ? setsOfWord.GetValueOrDefault(word) : 0;
}
