using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Locations;
using CsCheck;

namespace ClaimTracker.Tests.Recognition.Actors;

public class GarbageInputTests
{
    public static TheoryData<string> Nasty => new()
    {
        "",
        " ",
        "\0\u0001\u0002\u001f\u007f",
        "\ud800 Iran \udc00's \ud800",
        "Iran'",
        "Iran's",
        "President",
        "President of",
        "the village of",
        "Airport",
        "- - - Baku -",
        "U.S.",
        "U.S",
        new string('A', 200_000),
        string.Concat(Enumerable.Repeat("President Aliyev of Iran's foreign ministry in Baku–Tbilisi Airport, ", 3_000)),
        string.Concat(Enumerable.Repeat("embassy in embassy in ", 5_000)),
    };

    [Theory]
    [MemberData(nameof(Nasty))]
    public void Nasty_strings_never_throw_and_spans_stay_inside_the_text(string text)
    {
        var actors = ActorRecognizer.Default.Recognize(text);
        var places = LocationRecognizer.Default.Recognize(text);

        actors.Select(m => (m.Span, m.Text)).Concat(places.Select(m => (m.Span, m.Text)))
            .Where(m => m.Span.Start < 0 || m.Span.End > text.Length || m.Span.Slice(text) != m.Text)
            .Should().BeEmpty();
    }

    [Fact]
    public void Random_strings_and_windows_never_throw()
    {
        var alphabet = Gen.OneOf(Gen.Char, Gen.Char['A', 'z'], Gen.Const(' '), Gen.Const('\''), Gen.Const('-'), Gen.Const('.'));
        var vocabulary = new[] { "Iran", "Baku", "President", "Aliyev", "of", "in", "the", "'s", "Airport", "village", "Iranian", "forces", ",", ".", "\n" };
        var words = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        var text = Gen.OneOf(
            alphabet.Array[0, 300].Select(chars => new string(chars)),
            words.Array[0, 60].Select(parts => string.Join(' ', parts)));

        Gen.Select(text, Gen.Int[-5, 400], Gen.Int[-5, 400]).Sample((s, a, b) =>
        {
            var window = new TextSpan(Math.Min(a, b), Math.Max(a, b));
            var clamped = new TextSpan(Math.Clamp(window.Start, 0, s.Length), Math.Clamp(window.End, 0, s.Length));
            ActorRecognizer.Default.Recognize(s, window).Select(m => (m.Span, m.Text))
                .Concat(LocationRecognizer.Default.Recognize(s, window).Select(m => (m.Span, m.Text)))
                .Where(m => !clamped.Contains(m.Span) || m.Span.Slice(s) != m.Text)
                .Should().BeEmpty();
        }, iter: 2_000);
    }

    [Fact]
    public void Null_text_gives_nothing()
    {
        ActorRecognizer.Default.Recognize(null!).Should().BeEmpty();
        LocationRecognizer.Default.Recognize(null!).Should().BeEmpty();
    }
}
