using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Serialization;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// A forecast, a hypothesis or an opinion with a number is kept as a claim but never makes a conflict, while the same
/// number stated as fact does (the control, so these tests can fail).
/// </summary>
public class NonFactualClaimTests
{
    private static readonly Document Reported = Article("first", "Valley Herald", "Six people were killed when a rocket struck a market in Ridgeford on Tuesday, officials said.");

    [Fact]
    public void The_same_number_stated_as_fact_conflicts()
    {
        var analysis = Tracker.AnalyzeAll([Reported, Article("second", "Plains Courier", "Nineteen people were killed when a rocket struck a market in Ridgeford on Tuesday.")]);

        analysis.Conflicts.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Analysts warned that another rocket on the Ridgeford market on Tuesday could kill as many as nineteen people.", Modality.Hypothetical)]
    [InlineData("If the rocket that struck the Ridgeford market on Tuesday had landed an hour later, it would have killed nineteen people.", Modality.Hypothetical)]
    [InlineData("Officials expect the toll from the rocket that struck a market in Ridgeford on Tuesday will rise to nineteen people killed.", Modality.Predicted)]
    public void A_forecast_or_hypothesis_with_a_number_never_conflicts(string sentence, Modality expected)
    {
        var analysis = Tracker.AnalyzeAll([Reported, Article("second", "Plains Courier", sentence)]);

        analysis.Conflicts.Should().BeEmpty();
        analysis.Claims.Where(c => c.DocumentId == "second" && c.Kind == ClaimKind.Casualties)
            .Should().OnlyContain(c => c.Modality == expected && !c.IsFactual);
    }

    [Fact]
    public void An_opinion_with_a_number_is_kept_but_never_conflicts_where_the_rules_alone_would_conflict()
    {
        Document[] documents = [Reported, Article("second", "Plains Courier", "It is simply outrageous and shameful that nineteen people died at the Ridgeford market on Tuesday, and everyone knows it.")];
        var rulesOnly = new Tracker(new TrackerOptions { UseSentenceModels = false });
        rulesOnly.Add(documents);

        var analysis = Tracker.AnalyzeAll(documents);

        rulesOnly.Analyze().Conflicts.Should().NotBeEmpty();
        analysis.Conflicts.Should().BeEmpty();
        analysis.Claims.Where(c => c.DocumentId == "second" && c.Kind == ClaimKind.Casualties)
            .Should().NotBeEmpty().And.OnlyContain(c => c.Modality == Modality.Opinion);
    }

    [Fact]
    public void Every_claim_carries_its_sentence_check_worthiness()
    {
        var analysis = Tracker.AnalyzeAll([Reported]);

        analysis.Claims.Should().NotBeEmpty().And.OnlyContain(c => c.CheckWorthiness >= 0 && c.CheckWorthiness <= 1);
    }

    [Fact]
    public void The_score_and_the_opinion_modality_are_in_the_json_contract()
    {
        var claim = Tracker.AnalyzeAll([Reported]).Claims[0] with { Modality = Modality.Opinion };

        var json = Newtonsoft.Json.Linq.JObject.Parse(ClaimTrackerJson.Serialize(claim));

        ((double)json["checkWorthiness"]!).Should().Be(claim.CheckWorthiness);
        ((string)json["modality"]!).Should().Be("opinion");
        ((bool)json["isFactual"]!).Should().BeFalse();
    }

    [Fact]
    public void Without_the_sentence_models_claims_carry_no_score()
    {
        var tracker = new Tracker(new TrackerOptions { UseSentenceModels = false });
        tracker.Add(Reported);

        tracker.Analyze().Claims.Should().NotBeEmpty().And.OnlyContain(c => c.CheckWorthiness == null);
    }

    [Fact]
    public void An_opinion_is_not_a_fact()
    {
        var claim = new Claim("c", ClaimKind.Casualties, "d", "s", "people", new CasualtyValue(CasualtyType.Killed, "people", NumberValue.Exactly(3)), new Claimant("s", null, true), Modality.Opinion, new Evidence(new TextSpan(0, 1), "x", new TextSpan(0, 1), "x"), 0.9);

        claim.IsFactual.Should().BeFalse();
    }

    private static Document Article(string id, string source, string text) => new(id, source, null, new DateOnly(2025, 3, 5), null, text);
}
