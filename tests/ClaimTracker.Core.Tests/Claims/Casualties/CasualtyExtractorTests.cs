using ClaimTracker.Claims;
using ClaimTracker.Claims.Casualties;
using ClaimTracker.Tests.Claims.Quantities;

namespace ClaimTracker.Tests.Claims.Casualties;

public class CasualtyExtractorTests
{
    [Theory]
    [InlineData("Six soldiers were killed in the ambush.", CasualtyType.Killed, "soldiers", 6, "Six soldiers were killed")]
    [InlineData("At least 20 people were wounded, officials said.", CasualtyType.Injured, "people", 20, "At least 20 people were wounded")]
    [InlineData("Three children were reportedly hurt.", CasualtyType.Injured, "children", 3, "Three children were reportedly hurt")]
    [InlineData("Eleven passengers died at the scene.", CasualtyType.Killed, "passengers", 11, "Eleven passengers died")]
    [InlineData("The blast left 9 dead.", CasualtyType.Killed, null, 9, "left 9 dead")]
    [InlineData("There were five fatalities.", CasualtyType.Killed, null, 5, "five fatalities")]
    [InlineData("The strike killed 23 people.", CasualtyType.Killed, "people", 23, "killed 23 people")]
    [InlineData("The attack wounded two police officers.", CasualtyType.Injured, "police officers", 2, "wounded two police officers")]
    [InlineData("Gunmen opened fire, injuring 30.", CasualtyType.Injured, null, 30, "injuring 30")]
    [InlineData("The shelling killed a teenager.", CasualtyType.Killed, "teenager", 1, "killed a teenager")]
    [InlineData("Dozens of villagers were hospitalized.", CasualtyType.Injured, "villagers", 24, "Dozens of villagers were hospitalized")]
    [InlineData("15 miners have lost their lives.", CasualtyType.Killed, "miners", 15, "15 miners have lost their lives")]
    [InlineData("The death toll rose to 41 on Sunday.", CasualtyType.Killed, null, 41, "death toll rose to 41")]
    [InlineData("The number of injured has risen to 120.", CasualtyType.Injured, null, 120, "number of injured has risen to 120")]
    [InlineData("The bomb killed district governor Ali Rahimi Karzai.", CasualtyType.Killed, "Ali Rahimi Karzai", 1, "killed district governor Ali Rahimi Karzai")]
    [InlineData("The driver, a 50-year-old father of two, was killed instantly.", CasualtyType.Killed, "driver", 1, "driver, a 50-year-old father of two, was killed")]
    [InlineData("Police found a fifth person who had also been shot.", CasualtyType.Injured, "person", 5, "a fifth person who had also been shot")]
    [InlineData("Two firefighters were treated for injuries.", CasualtyType.Injured, "firefighters", 2, "Two firefighters were treated for injuries")]
    public void A_count_with_a_casualty_word_is_a_casualty_claim(string text, CasualtyType type, string? victims, int min, string quote)
    {
        var claim = ExtractorRun.Claims(CasualtyExtractor.Default, text).Should().ContainSingle().Subject;

        var value = claim.Value.Should().BeOfType<CasualtyValue>().Subject;
        value.Type.Should().Be(type);
        value.Victims.Should().Be(victims);
        value.Count.Min.Should().Be(min);
        claim.Evidence.Text.Should().Be(quote);
        claim.Subject.Should().Be(type == CasualtyType.Killed ? "people killed" : "people injured");
    }

    [Theory]
    [InlineData("Four soldiers died and 13 were injured.", "Killed 4|Injured 13")]
    [InlineData("The explosion left 3 dead and 12 injured.", "Killed 3|Injured 12")]
    [InlineData("Five people were shot, one fatally.", "Killed 1|Injured 4")]
    [InlineData("The gunman shot seven students, two of them fatally.", "Killed 2|Injured 5")]
    [InlineData("Two workers were killed and nine others wounded in the blast.", "Killed 2|Injured 9")]
    public void Several_counts_in_one_sentence_each_become_a_claim(string text, string expected)
    {
        var claims = ExtractorRun.Claims(CasualtyExtractor.Default, text);

        claims.Select(c => (CasualtyValue)c.Value).Select(v => $"{v.Type} {v.Count.Min}").Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("No one was injured in the fire.", "Injured")]
    [InlineData("Officials said nobody was killed.", "Killed")]
    [InlineData("There were no casualties.", "Killed|Injured")]
    [InlineData("The drone fell in a field without causing casualties.", "Killed|Injured")]
    [InlineData("No fatalities were reported.", "Killed")]
    public void A_negated_casualty_is_a_zero_count_with_negated_modality(string text, string types)
    {
        var claims = ExtractorRun.Claims(CasualtyExtractor.Default, text);

        claims.Select(c => ((CasualtyValue)c.Value).Type.ToString()).Should().Equal(types.Split('|'));
        claims.Should().OnlyContain(c => c.Modality == Modality.Negated && ((CasualtyValue)c.Value).Count.Min == 0 && ((CasualtyValue)c.Value).Count.Max == 0);
    }

    [Fact]
    public void A_hypothetical_toll_keeps_its_modality()
    {
        var claim = ExtractorRun.Claims(CasualtyExtractor.Default, "The bomb could have killed hundreds of shoppers.").Single();

        claim.Modality.Should().Be(Modality.Hypothetical);
        ((CasualtyValue)claim.Value).Count.Min.Should().Be(200);
    }

    [Theory]
    [InlineData("Escalation would likely lead to casualties.")]
    [InlineData("Baku expelled four Iranian diplomats.")]
    [InlineData("The government evacuated 53 embassy staff.")]
    [InlineData("The ship carried 22 crew.")]
    [InlineData("The town of about 60,000 people has two hospitals.")]
    [InlineData("The festival draws 20,000 visitors every year.")]
    [InlineData("Three were shot down over the sea.")]
    [InlineData("The toll is expected to rise.")]
    [InlineData("Officials feared American casualties.")]
    [InlineData("Russia denied harming civilians.")]
    [InlineData("Several of the wounded were in a critical state.")]
    [InlineData("Inflation hurt 40% of households.")]
    [InlineData("Air defences shot down two drones.")]
    [InlineData("Sanctions killed the $5 billion deal.")]
    [InlineData("")]
    public void Texts_without_a_casualty_count_yield_nothing(string text)
    {
        ExtractorRun.Claims(CasualtyExtractor.Default, text).Should().BeEmpty();
    }

    [Fact]
    public void Garbage_never_throws()
    {
        ExtractorRun.AssertSafe(CasualtyExtractor.Default);
    }
}
