using ClaimTracker.Scoring.Compiled;

namespace ClaimTracker.Tests.Scoring;

public sealed class WordSlotTableTests
{
    private static readonly WordSlotTable Table = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["drones"] = 7,
        ["two drones"] = 8,
        ["two"] = 9,
        ["drone"] = 10,
    });

    [Theory]
    [InlineData("drones", 7)]
    [InlineData("two", 9)]
    [InlineData("drone", 10)]
    [InlineData("dron", -1)]
    [InlineData("droness", -1)]
    [InlineData("Drones", -1)]
    [InlineData("", -1)]
    public void Finds_a_word_by_its_exact_characters(string word, int slot) =>
        Table.Find(word).Should().Be(slot);

    [Fact]
    public void Finds_a_pair_as_the_two_words_joined_by_one_space()
    {
        Table.Find("two", "drones").Should().Be(8);
        Table.Find("two", "drone").Should().Be(-1);
        Table.Find("tw", "o drones").Should().Be(-1, "the space must fall between the two words given");
        Table.Find("drones", "two").Should().Be(-1);
        Table.Find("two drones").Should().Be(8, "a pair's key is its text");
    }

    [Fact]
    public void A_removed_key_finds_nothing_and_the_others_stay()
    {
        var table = new WordSlotTable(Enumerable.Range(0, 500).ToDictionary(i => "w" + i, i => i, StringComparer.Ordinal));

        table.Remove("w250");
        table.Remove("absent");

        table.Find("w250").Should().Be(-1);
        Enumerable.Range(0, 500).Where(i => i != 250).Should().OnlyContain(i => table.Find("w" + i) == i);
    }
}
