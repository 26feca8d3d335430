using ClaimTracker.Scoring.Compiled;

namespace ClaimTracker.Tests.Scoring;

/// <summary>The n-gram table packs each key beside its slot in one 64-bit entry: the widest keys and slots must still be found exactly.</summary>
public sealed class NgramKeyTableTests
{
    [Fact]
    public void Finds_every_key_up_to_the_widest_trigram_and_the_last_slot()
    {
        const int slots = 65_535;
        var ngrams = new Dictionary<ulong, int>
        {
            [NgramKeyTable.TrigramKey('\u0002', 't', 'h')] = 0,
            [NgramKeyTable.TrigramKey('\ufffe', '\ufffe', '\ufffe')] = slots - 1,
            [NgramKeyTable.TrigramKey('a', 'b', 'c')] = 40_000,
        };
        var table = new NgramKeyTable(ngrams, slots);

        ngrams.Should().OnlyContain(ngram => table.Find(ngram.Key) == ngram.Value);
        table.Find(NgramKeyTable.TrigramKey('a', 'b', 'd')).Should().Be(-1);
        table.Find(NgramKeyTable.TrigramKey('\uffff', '\uffff', '\uffff')).Should().Be(-1, "the empty entry's key is no n-gram");
    }

    [Fact]
    public void A_removed_key_finds_nothing_and_the_keys_probed_past_it_stay()
    {
        var ngrams = Enumerable.Range(0, 1000).ToDictionary(i => (ulong)i * 7919, i => i);
        var table = new NgramKeyTable(ngrams, 1000);

        table.Remove(500UL * 7919);
        table.Remove(123_456_789);

        table.Find(500UL * 7919).Should().Be(-1);
        ngrams.Where(n => n.Value != 500).Should().OnlyContain(n => table.Find(n.Key) == n.Value);
    }

    [Fact]
    public void A_key_too_wide_to_pack_beside_its_slot_is_refused()
    {
        NgramKeyTable.Fits(NgramKeyTable.TrigramKeyBits, 65_535).Should().BeTrue();
        NgramKeyTable.Fits(NgramKeyTable.TrigramKeyBits, 65_536).Should().BeFalse();

        var build = () => new NgramKeyTable(new Dictionary<ulong, int> { [NgramKeyTable.TrigramKey('\ufffe', 'b', 'c')] = 0 }, 1 << 20);
        build.Should().Throw<ArgumentOutOfRangeException>();
    }
}
