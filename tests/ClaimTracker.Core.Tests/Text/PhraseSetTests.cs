using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class PhraseSetTests
{
    private static readonly PhraseSet<string> Verbs = new([
        ("shot", "short"),
        ("shot down", "long"),
        ("according to", "source"),
        ("down", "alone"),
    ]);

    private static string[] Words(string sentence) => sentence.Split(' ');

    [Fact]
    public void The_longest_phrase_wins_and_matches_do_not_overlap()
    {
        var words = Words("they said the drone was shot down according to officials");

        var found = new List<(int, int, string)>();
        foreach (var match in Verbs.FindAll(words, 0, words.Length))
        {
            found.Add(match);
        }

        found.Should().Equal((5, 2, "long"), (7, 2, "source"));
    }

    [Fact]
    public void A_phrase_that_runs_past_the_end_is_not_found_and_the_range_is_clamped()
    {
        var words = Words("shot down down");

        Verbs.FindAll(words, 0, 1).Should().BeEmpty("\"shot down\" ends after the range and \"shot\" alone is not tried");
        Verbs.FindAll(words, -3, 99).Should().Equal((0, 2, "long"), (2, 1, "alone"));
        Verbs.FindAll(words, 1, 3).Should().Equal((1, 1, "alone"), (2, 1, "alone"));
    }

    [Fact]
    public void As_a_sequence_it_gives_the_same_matches_each_time_it_is_enumerated()
    {
        IEnumerable<(int Start, int Length, string Value)> matches = Verbs.FindAll(Words("shot and shot down"), 0, 4);

        matches.Select(m => m.Value).Should().Equal("short", "long");
        matches.Count().Should().Be(2);
        Verbs.FindAll(Words("no phrase here"), 0, 3).Any().Should().BeFalse();
    }
}
