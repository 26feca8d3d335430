using System.Numerics;

namespace ClaimTracker.Claims.Quantities;

/// <summary>
/// The counts of one sentence by the token they start at. Few tokens start a count, so the counts are kept in token
/// order and the table marks only which tokens start one, a bit per token: the count at a marked token is the one whose
/// position is the number of marks before it. A sentence of up to 64 tokens needs no array beside its counts.
/// </summary>
internal sealed class CountTable
{
    private const int HeadTokens = 64;

    /// <summary>A table for a sentence without counts.</summary>
    public static CountTable Empty { get; } = new(0, 0, null, []);

    // Bit t marks a count at token t: tokens 0-63 in head, later tokens 64 to an element of tail.
    private readonly int tokens;
    private readonly ulong head;
    private readonly ulong[]? tail;
    private readonly CountPhrase[] counts;

    private CountTable(int tokens, ulong head, ulong[]? tail, CountPhrase[] counts)
    {
        this.tokens = tokens;
        this.head = head;
        this.tail = tail;
        this.counts = counts;
    }

    /// <summary>Whether the sentence has no count at all.</summary>
    public bool IsEmpty => counts.Length == 0;

    /// <summary>The count starting at token <paramref name="index"/>, if any; none outside the sentence.</summary>
    public CountPhrase? At(int index)
    {
        if ((uint)index >= (uint)tokens)
        {
            return null;
        }

        if (index < HeadTokens)
        {
            var bit = 1UL << index;
            return (head & bit) == 0 ? null : counts[BitOperations.PopCount(head & (bit - 1))];
        }

        var element = (index - HeadTokens) >> 6;
        var tailBit = 1UL << (index - HeadTokens);
        if ((tail![element] & tailBit) == 0)
        {
            return null;
        }

        var rank = BitOperations.PopCount(head) + BitOperations.PopCount(tail[element] & (tailBit - 1));
        for (var e = 0; e < element; e++)
        {
            rank += BitOperations.PopCount(tail[e]);
        }

        return counts[rank];
    }

    /// <summary>A table of <paramref name="tokens"/> tokens over <paramref name="counts"/> (copied), in token order, at most one count per token.</summary>
    public static CountTable Of(int tokens, List<CountPhrase> counts)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var head = 0UL;
        var tail = tokens > HeadTokens ? new ulong[((tokens - HeadTokens) >> 6) + 1] : null;
        foreach (var count in counts)
        {
            if (count.First < HeadTokens)
            {
                head |= 1UL << count.First;
            }
            else
            {
                tail![(count.First - HeadTokens) >> 6] |= 1UL << (count.First - HeadTokens);
            }
        }

        return new CountTable(tokens, head, tail, [.. counts]);
    }
}
