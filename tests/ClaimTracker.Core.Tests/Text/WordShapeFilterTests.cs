using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public sealed class WordShapeFilterTests
{
    private static readonly WordShapeFilter Filter = new(["march", "days", "", "één"]);

    [Theory]
    [InlineData("march")]
    [InlineData("MARCH")]
    [InlineData("mulch", "same ends and length: the filter only rules words out")]
    [InlineData("Days")]
    [InlineData("één")]
    public void Lets_through_words_shaped_like_a_vocabulary_word(string word, string because = "")
    {
        Filter.MayContain(word).Should().BeTrue(because);
    }

    [Theory]
    [InlineData("marches")]
    [InlineData("arch")]
    [InlineData("marcs")]
    [InlineData("day")]
    [InlineData("x")]
    public void Rules_out_words_of_another_length_or_other_ends(string word)
    {
        Filter.MayContain(word).Should().BeFalse();
    }
}
