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

    // Bit t marks a count at token t: tokens 0-63 in head, later tokens 64 to an element of tail.
    private readonly List<CountPhrase> counts = [];
    private int tokens;
    private ulong head;
    private ulong[]? tail;

    /// <summary>Whether the sentence has no count at all.</summary>
    public bool IsEmpty => counts.Count == 0;

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
        var table = new CountTable();
        table.Fill(tokens, counts);
        return table;
    }

    /// <summary>
    /// Makes this the table of <paramref name="tokens"/> tokens over <paramref name="counts"/> (copied), forgetting what it
    /// held: a sentence context keeps its table for its next sentence rather than making a table and an array per sentence.
    /// </summary>
    public void Fill(int tokens, List<CountPhrase> counts)
    {
        this.tokens = tokens;
        head = 0;
        this.counts.Clear();
        this.counts.AddRange(counts);
        if (tokens > HeadTokens)
        {
            var length = ((tokens - HeadTokens) >> 6) + 1;
            if (tail is null || tail.Length < length)
            {
                tail = new ulong[length];
            }
            else
            {
                Array.Clear(tail, 0, length);
            }
        }

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
    }
}
