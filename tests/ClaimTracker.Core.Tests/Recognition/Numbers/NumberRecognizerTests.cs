using System.Globalization;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Recognition.Numbers;

public class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = NumberRecognizer.Default;

    private static NumberMention Single(string text)
    {
        var mentions = Recognizer.Recognize(text);
        mentions.Should().ContainSingle($"'{text}' holds one number mention, got [{string.Join("; ", mentions.Select(m => m.Text))}]");
        return mentions[0];
    }

    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The army lost 1,250 tanks.", "1,250", "1250")]
    [InlineData("Turnout was 58.7 in the north.", "58.7", "58.7")]
    [InlineData("Officials counted 3 450 000 ballots.", "3 450 000", "3450000")]
    [InlineData("Officials counted 3\u00A0450 ballots.", "3\u00A0450", "3450")]
    [InlineData("Only .5 of them", ".5", "0.5")]
    [InlineData("Some 7 million people voted.", "Some 7 million", null)]
    [InlineData("The fund holds 2.75 billion.", "2.75 billion", "2750000000")]
    [InlineData("Seventeen soldiers died.", "Seventeen", "17")]
    [InlineData("It took forty-four days.", "forty-four", "44")]
    [InlineData("It took forty four days.", "forty four", "44")]
    [InlineData("They fired three hundred shells.", "three hundred", "300")]
    [InlineData("They fired one hundred and twelve shells.", "one hundred and twelve", "112")]
    [InlineData("About nine thousand three hundred and one fled.", "About nine thousand three hundred and one", null)]
    [InlineData("A thousand people marched.", "A thousand", "1000")]
    [InlineData("The city has a million residents.", "a million", "1000000")]
    [InlineData("They seized a dozen rifles.", "a dozen", "12")]
    [InlineData("They seized two dozen rifles.", "two dozen", "24")]
    [InlineData("Nineteen million voters.", "Nineteen million", "19000000")]
    [InlineData("Debt rose to three point five trillion.", "three point five trillion", "3500000000000")]
    [InlineData("The reactor needs 2 thousand 5 hundred rods.", "2 thousand 5 hundred", "2500")]
    [InlineData("Only one tanker escaped.", "one", "1")]
    [InlineData("One missile was intercepted.", "One", "1")]
    [InlineData("The firm hired 12k workers.", "12k", "12000")]
    [InlineData("A 300-strong battalion arrived.", "300", "300")]
    [InlineData("a 12-day truce", "12", "12")]
    public void Reads_exact_counts(string text, string matched, string? expected)
    {
        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Span.Slice(text).Should().Be(matched);
        mention.Kind.Should().Be(QuantityKind.Count);
        if (expected is not null)
        {
            mention.Value.Should().Be(NumberValue.Exactly(Dec(expected)));
        }
    }

    [Theory]
    [InlineData("Inflation hit 7.5% in May.", "7.5%", "7.5", "7.5", QuantityKind.Percentage, null)]
    [InlineData("Turnout reached 61 percent.", "61 percent", "61", "61", QuantityKind.Percentage, null)]
    [InlineData("Turnout reached sixty-one per cent.", "sixty-one per cent", "61", "61", QuantityKind.Percentage, null)]
    [InlineData("Rates rose 2 percentage points.", "2 percentage points", "2", "2", QuantityKind.Percentage, null)]
    [InlineData("Between 30% and 45% of voters", "Between 30% and 45%", "30", "45", QuantityKind.Percentage, null)]
    [InlineData("Support fell to 20-25 percent.", "20-25 percent", "20", "25", QuantityKind.Percentage, null)]
    [InlineData("The loan is worth €300 million.", "€300 million", "300000000", "300000000", QuantityKind.Money, "EUR")]
    [InlineData("Aid of £45m was pledged.", "£45m", "45000000", "45000000", QuantityKind.Money, "GBP")]
    [InlineData("They paid 40 million dollars.", "40 million dollars", "40000000", "40000000", QuantityKind.Money, "USD")]
    [InlineData("A deal worth US$1.2 billion.", "US$1.2 billion", "1200000000", "1200000000", QuantityKind.Money, "USD")]
    [InlineData("Costs of $3–4 billion are expected.", "$3–4 billion", "3000000000", "4000000000", QuantityKind.Money, "USD")]
    [InlineData("He owed 500 euros.", "500 euros", "500", "500", QuantityKind.Money, "EUR")]
    [InlineData("They sent 2 bn manat.", "2 bn manat", "2000000000", "2000000000", QuantityKind.Money, "AZN")]
    public void Reads_percentages_and_money(string text, string matched, string min, string max, QuantityKind kind, string? currency)
    {
        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Value.Min.Should().Be(Dec(min));
        mention.Value.Max.Should().Be(Dec(max));
        mention.Kind.Should().Be(kind);
        mention.CurrencyCode.Should().Be(currency);
    }

    [Theory]
    [InlineData("Officials said 30–35 million were displaced.", "30–35 million", "30000000", "35000000")]
    [InlineData("Officials said 30-35 million were displaced.", "30-35 million", "30000000", "35000000")]
    [InlineData("Officials said 30 — 35 million were displaced.", "30 — 35 million", "30000000", "35000000")]
    [InlineData("Officials said 30 to 35 million were displaced.", "30 to 35 million", "30000000", "35000000")]
    [InlineData("between 120 and 150 troops", "between 120 and 150", "120", "150")]
    [InlineData("between twelve and fifteen drones", "between twelve and fifteen", "12", "15")]
    [InlineData("from 800,000 to 2 million refugees", "from 800,000 to 2 million", "800000", "2000000")]
    [InlineData("two or three drones", "two or three", "2", "3")]
    [InlineData("10 or 12 missiles", "10 or 12", "10", "12")]
    [InlineData("Roughly 4-6 thousand people", "4-6 thousand", "4000", "6000")]
    [InlineData("more than 50 but fewer than 80 tanks", "more than 50 but fewer than 80", "50", "80")]
    public void Reads_ranges_with_the_magnitude_on_both_ends(string text, string matched, string min, string max)
    {
        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Value.Should().Be(new NumberValue(Dec(min), Dec(max), NumberQualifier.Range));
    }

    [Theory]
    [InlineData("about 300 people", "about 300", "270", "330", NumberQualifier.Approximate)]
    [InlineData("around 15 people", "around 15", "13", "17", NumberQualifier.Approximate)]
    [InlineData("roughly twenty people", "roughly twenty", "18", "22", NumberQualifier.Approximate)]
    [InlineData("approximately 2.5 million people", "approximately 2.5 million", "2250000", "2750000", NumberQualifier.Approximate)]
    [InlineData("an estimated 40,000 people", "an estimated 40,000", "36000", "44000", NumberQualifier.Approximate)]
    [InlineData("nearly 600 people", "nearly 600", "540", "600", NumberQualifier.Approximate)]
    [InlineData("almost half a million", "almost half a", null, null, null)]
    [InlineData("500 or so people", "500 or so", "450", "550", NumberQualifier.Approximate)]
    [InlineData("at least 31 dead", "at least 31", "31", null, NumberQualifier.AtLeast)]
    [InlineData("no fewer than 31 dead", "no fewer than 31", "31", null, NumberQualifier.AtLeast)]
    [InlineData("31 or more dead", "31 or more", "31", null, NumberQualifier.AtLeast)]
    [InlineData("more than 1,000 arrests", "more than 1,000", "1000", null, NumberQualifier.MoreThan)]
    [InlineData("over 70 drones", "over 70", "70", null, NumberQualifier.MoreThan)]
    [InlineData("in excess of $2 billion", "in excess of $2 billion", "2000000000", null, NumberQualifier.MoreThan)]
    [InlineData("up to 5,000 troops", "up to 5,000", "0", "5000", NumberQualifier.AtMost)]
    [InlineData("as many as 90 civilians", "as many as 90", "0", "90", NumberQualifier.AtMost)]
    [InlineData("no more than ten ships", "no more than ten", "0", "10", NumberQualifier.AtMost)]
    [InlineData("at most 4 tankers", "at most 4", "0", "4", NumberQualifier.AtMost)]
    [InlineData("fewer than 200 votes", "fewer than 200", "0", "200", NumberQualifier.LessThan)]
    [InlineData("less than 3% growth", "less than 3%", "0", "3", NumberQualifier.LessThan)]
    [InlineData("under 18 years", "under 18", "0", "18", NumberQualifier.LessThan)]
    public void Reads_hedged_and_bounded_numbers(string text, string matched, string? min, string? max, NumberQualifier? qualifier)
    {
        if (qualifier is null)
        {
            Recognizer.Recognize(text).Should().NotContain(m => m.Text == matched);
            return;
        }

        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Value.Should().Be(new NumberValue(Dec(min!), max is null ? null : Dec(max), qualifier.Value));
    }

    [Theory]
    [InlineData("several buildings", "several", "3", "7")]
    [InlineData("Several buildings", "Several", "3", "7")]
    [InlineData("a few days", "a few", "2", "5")]
    [InlineData("a couple of drones", "a couple of", "2", "3")]
    [InlineData("a handful of protesters", "a handful of", "2", "6")]
    [InlineData("dozens of villages", "dozens", "24", "99")]
    [InlineData("scores of wounded", "scores", "40", "199")]
    [InlineData("hundreds fled", "hundreds", "200", "999")]
    [InlineData("thousands of refugees", "thousands", "2000", "9999")]
    [InlineData("tens of thousands of refugees", "tens of thousands", "20000", "99999")]
    [InlineData("hundreds of thousands of refugees", "hundreds of thousands", "200000", "999999")]
    [InlineData("several hundred soldiers", "several hundred", "300", "700")]
    [InlineData("a few thousand soldiers", "a few thousand", "2000", "5000")]
    [InlineData("numerous attacks", "numerous", "5", null)]
    [InlineData("multiple attacks", "multiple", "2", null)]
    [InlineData("many attacks", "many", "5", null)]
    public void Reads_vague_quantities_from_the_word_list(string text, string matched, string min, string? max)
    {
        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Value.Should().Be(new NumberValue(Dec(min), max is null ? null : Dec(max), NumberQualifier.Vague));
        mention.Value.IsExact.Should().BeFalse();
    }

    [Theory]
    [InlineData("the third convoy", "third", 3)]
    [InlineData("the 21st century", "21st", 21)]
    [InlineData("its thirty-second session", "thirty-second", 32)]
    [InlineData("The second drone fell near a school.", "second", 2)]
    public void Reads_ordinals_as_positions_not_counts(string text, string matched, int expected)
    {
        var mention = Single(text);
        mention.Text.Should().Be(matched);
        mention.Kind.Should().Be(QuantityKind.Ordinal);
        mention.Value.Should().Be(NumberValue.Exactly(expected));
    }

    [Theory]
    [InlineData("One of them hit the terminal.")]
    [InlineData("It is one of the most alarming incidents.")]
    [InlineData("No one was hurt.")]
    [InlineData("Someone fired; anyone could see it.")]
    [InlineData("They blamed one another.")]
    [InlineData("He was the one who fired.")]
    [InlineData("One day the border will open.")]
    [InlineData("The old plan failed, so they drew a new one.")]
    [InlineData("They ignored the democratic one.")]
    [InlineData("Which one do you prefer?")]
    [InlineData("It was a one-sided fight.")]
    [InlineData("Two-thirds of voters agreed.")]
    [InlineData("The F-16 and the Su-25 flew over.")]
    [InlineData("During the COVID-19 pandemic")]
    [InlineData("Joint drills Araz-2024 and AZIREX-2024 began.")]
    [InlineData("Reports on the 12-Day War.")]
    [InlineData("The A320 landed; 4G failed.")]
    [InlineData("In the 1990s the road was 29km long.")]
    [InlineData("Call +994 12 555-12-34 now.")]
    [InlineData("Call 555-123-4567 now.")]
    [InlineData("The server at 192.168.1.20 went down at 10:45.")]
    [InlineData("The decree of 5/17/2018 and version 2.4.1.")]
    [InlineData("See https://example.com/report-2024?id=55 for details.")]
    [InlineData("The score was 3-2.")]
    [InlineData("The file 1995-01 was lost.")]
    [InlineData("How many? As many as possible.")]
    [InlineData("The number of victims is unknown.")]
    [InlineData("")]
    public void Finds_no_count_in_names_codes_ids_and_pronouns(string text)
    {
        Recognizer.Recognize(text).Where(m => m.Kind != QuantityKind.Ordinal)
            .Should().BeEmpty("'{0}' holds no quantity", text);
    }

    [Fact]
    public void Returns_years_as_plain_counts_for_the_date_recognizer_to_override()
    {
        var mention = Single("The embassy reopened in 2024.");
        mention.Text.Should().Be("2024");
        mention.Value.Should().Be(NumberValue.Exactly(2024));
    }

    [Fact]
    public void Keeps_separate_numbers_apart()
    {
        var mentions = Recognizer.Recognize("In 2023 4 drones and 3 hundred and 2 hundred shells; 10 bln or 10 tln.");
        mentions.Select(m => m.Text).Should().Equal("2023", "4", "3 hundred", "2 hundred", "10 bln", "10 tln");
    }

    [Fact]
    public void Keeps_bounds_apart_when_they_do_not_make_a_range()
    {
        var mentions = Recognizer.Recognize("more than 40 and less than 10");
        mentions.Select(m => m.Value.Qualifier).Should().Equal(NumberQualifier.MoreThan, NumberQualifier.LessThan);
    }

    [Fact]
    public void Window_limits_the_search_but_spans_stay_absolute()
    {
        const string text = "Five tanks. About 40 drones. Six jets.";
        var window = new TextSpan(12, 28);
        var mentions = Recognizer.Recognize(text, window);
        mentions.Should().ContainSingle();
        mentions[0].Span.Should().Be(new TextSpan(12, 20));
        mentions[0].Span.Slice(text).Should().Be("About 40");
    }

    [Fact]
    public void Window_outside_the_text_is_clamped()
    {
        Recognizer.Recognize("Five tanks.", new TextSpan(-4, 400)).Should().ContainSingle().Which.Text.Should().Be("Five");
        Recognizer.Recognize("Five tanks.", new TextSpan(9, 3)).Should().BeEmpty();
    }

    [Fact]
    public void Recognizing_concurrently_gives_the_same_results()
    {
        const string text = "About 40 drones, 15–20 million people and $5 billion.";
        var expected = Recognizer.Recognize(text);
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => Recognizer.Recognize(text)).ToList();
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
