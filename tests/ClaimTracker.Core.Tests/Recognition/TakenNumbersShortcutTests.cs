using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Recognition;

/// <summary>
/// The mention recognizer tells the number recognizer the spans dates, actors and places hold, so that no mention is made
/// of the numbers inside them. That is a shortcut only: with it turned off, every number is made and those inside other
/// mentions are dropped afterwards, and the numbers kept must be the same.
/// </summary>
public class TakenNumbersShortcutTests
{
    public static TheoryData<string> Texts() => ScannerShortcutTests.Texts();

    [Theory]
    [MemberData(nameof(Texts))]
    public void Numbers_are_the_same_whether_taken_ones_are_skipped_or_dropped_afterwards(string text)
    {
        var skipping = Recognizer(skipTakenNumbers: true).Recognize(text, new DateOnly(2024, 6, 1));
        var dropping = Recognizer(skipTakenNumbers: false).Recognize(text, new DateOnly(2024, 6, 1));

        NumberRecognizer.Default.Recognize(text).Should().NotBeEmpty();
        skipping.Numbers.Should().Equal(dropping.Numbers);
        skipping.Dates.Should().Equal(dropping.Dates);
    }

    [Fact]
    public void A_year_inside_a_date_is_no_number_either_way()
    {
        const string text = "On January 27, 2023, six guards were hurt; in 2024 more than 10 and less than 40 were.";

        foreach (var skip in new[] { true, false })
        {
            var numbers = Recognizer(skip).Recognize(text, new DateOnly(2024, 6, 1)).Numbers;

            numbers.Select(n => n.Text).Should().Equal("six", "more than 10 and less than 40");
        }
    }

    private static MentionRecognizer Recognizer(bool skipTakenNumbers) =>
        new(NumberRecognizer.Default, DateRecognizer.Default, ActorRecognizer.Default, LocationRecognizer.Default, skipTakenNumbers);
}
