using ClaimTracker.Documents;
using CsCheck;

namespace ClaimTracker.Tests.Documents;

public class TextCleanerTests
{
    private static string Clean(string raw) => TextCleaner.Default.Clean(raw).Text;

    [Theory]
    [InlineData("<p>Two <b>drones</b> struck.</p><p>One fell.</p>", "Two drones struck.\n\nOne fell.")]
    [InlineData("<div>Hurt<script>alert('x')</script></div><style>p{color:red}</style>Killed", "Hurt\nKilled")]
    [InlineData("Tom &amp; Jerry<br/>Next", "Tom & Jerry\nNext")]
    [InlineData("<img src=x onerror=alert(1)>Caption", "Caption")]
    [InlineData("<p>unterminated <b", "unterminated <b")]
    [InlineData("Before<!-- a > b -->after", "Beforeafter")]
    [InlineData("<P CLASS=x>Upper</P>", "Upper")]
    public void Markup_is_removed_and_script_content_never_surfaces(string raw, string expected) =>
        Clean(raw).Should().Be(expected);

    [Theory]
    [InlineData("If x < 5 and y > 3, stop.", "If x < 5 and y > 3, stop.")]
    [InlineData("Prices rose 5% &amp; more.", "Prices rose 5% &amp; more.")]
    [InlineData("The <unknown> tag and a<b comparison", "The <unknown> tag and a<b comparison")]
    public void Text_that_only_looks_like_markup_is_kept(string raw, string expected) => Clean(raw).Should().Be(expected);

    [Theory]
    [InlineData("One\r\nTwo\rThree", "One\nTwo\nThree")]
    [InlineData("a\u00A0b\u2009c\td", "a b c d")]
    [InlineData("evil\u202Etxt.exe\u200B", "eviltxt.exe")]
    [InlineData("bell\u0007 and\u0000 nul", "bell and nul")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("  too   many    spaces  ", "too many spaces")]
    [InlineData("first\n\n\n\n\nsecond", "first\n\nsecond")]
    [InlineData("e\u0301t\u00E9", "\u00E9t\u00E9")]
    public void Characters_are_normalized(string raw, string expected) => Clean(raw).Should().Be(expected);

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters()
    {
        // Built in code: a lone surrogate cannot survive an attribute's UTF-8 encoding.
        var raw = "lone " + '\uD800' + " high, lone " + '\uDC00' + " low, pair \U0001F600";

        Clean(raw).Should().Be("lone \uFFFD high, lone \uFFFD low, pair \U0001F600");
    }

    [Theory]
    [InlineData(" date 2026-03-06 + ↺ − 16 px\n\nDiplomacy first.", "2026-03-06", "Diplomacy first.")]
    [InlineData(" date 2026-03-08 As Iran lashed out.", "2026-03-08", "As Iran lashed out.")]
    [InlineData("\uFEFFdate 2024-02-29\nLeap.", "2024-02-29", "Leap.")]
    [InlineData(" date 2026-13-40 Not a date.", null, "date 2026-13-40 Not a date.")]
    [InlineData("An update date 2026-03-08 inside.", null, "An update date 2026-03-08 inside.")]
    public void A_leading_date_line_is_read_and_removed(string raw, string? date, string text)
    {
        var cleaned = TextCleaner.Default.Clean(raw);

        cleaned.HeaderDate.Should().Be(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        cleaned.Text.Should().Be(text);
    }

    [Fact]
    public void Debris_lines_are_dropped_but_the_same_words_inside_sentences_stay()
    {
        Clean("Advertisement\nShare this article\nThe email said share prices fell.\nRead more")
            .Should().Be("The email said share prices fell.");
    }

    [Fact]
    public void Cleaning_is_idempotent_and_leaves_no_control_characters_for_any_input()
    {
        Gen.String.Sample(raw =>
        {
            var once = Clean(raw);
            Clean(once).Should().Be(once);
            once.Any(c => char.IsControl(c) && c != '\n').Should().BeFalse();
        }, iter: 2000);
    }
}
