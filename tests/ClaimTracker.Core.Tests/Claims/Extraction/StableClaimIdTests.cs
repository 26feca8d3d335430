using System.Globalization;
using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Serialization;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// Claim ids are stored by users, so the key they hash must stay what it was when the value was serialized with
/// <see cref="ClaimTrackerJson"/>. The direct writer is compared with the serializer on every value the extractors
/// draft from real articles and on hand-made values at every edge the writer handles.
/// </summary>
public class StableClaimIdTests
{
    private sealed record OtherValue(string Note, int? Missing) : ClaimValue;

    private static readonly Actor Iran = new("IR", "Iran", ActorKind.Country, "IR", null);
    private static readonly Actor Minister = new("person/şəhla-\"q\"", "Şəhla \\ Ölüm 中文", ActorKind.Person, null, "foreign\nminister");

    // Every character Newtonsoft treats specially, the ones next to them, non-ASCII and surrogates, lone ones included.
    private const string Awkward = "\"quoted\" back\\slash \0\u0001\b\t\n\v\f\r\u001f \u007f\u0080\u0085\u00a0 \u2027\u2028\u2029\u202a é 中 😀 \ud800 \udfff '<>&";

    private static readonly ClaimValue[] Values =
    [
        new WeaponCountValue("drone", WeaponPhase.Hit, NumberValue.Exactly(2)),
        new WeaponCountValue(Awkward, WeaponPhase.Unspecified, new NumberValue(3, 7, NumberQualifier.Vague)),
        new WeaponCountValue(null!, (WeaponPhase)42, null!),
        new WeaponCountValue("missile", WeaponPhase.Launched, NumberValue.Exactly(1_000_000)),
        new WeaponCountValue("rocket", WeaponPhase.Intercepted, NumberValue.Exactly(0.5m)),
        new WeaponCountValue("shell", WeaponPhase.Crashed, NumberValue.Exactly(-7)),
        new CasualtyValue(CasualtyType.Killed, null, NumberValue.Exactly(0)),
        new CasualtyValue(CasualtyType.Injured, Awkward, new NumberValue(5, null, NumberQualifier.AtLeast)),
        new CasualtyValue((CasualtyType)(-1), "guards", new NumberValue(-3.5m, -0.25m, NumberQualifier.Range)),
        new CasualtyValue(CasualtyType.Killed, "", new NumberValue(new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 3), NumberQualifier.Approximate)),
        new CasualtyValue(CasualtyType.Killed, "x", new NumberValue(4.000m, 1.10m, (NumberQualifier)99)),
        new QuantityValue("ethnic Azerbaijanis in Iran", new NumberValue(15_000_000, 25_000_000, NumberQualifier.Range)),
        new QuantityValue(Awkward, new NumberValue(decimal.MaxValue, decimal.MinValue, NumberQualifier.MoreThan)),
        new QuantityValue("a", new NumberValue(18_446_744_073_709_551_615m, 18_446_744_073_709_551_616m, NumberQualifier.LessThan)),
        new QuantityValue("b", new NumberValue(0.0000000000000000000000000001m, 12_345.678_900m, NumberQualifier.AtMost)),
        new QuantityValue("c", new NumberValue(-18_446_744_073_709_551_615m, 79_228_162_514_264_337_593_543_950_335m / 7, NumberQualifier.Exact)),
        new EventDateValue(DateInterval.Day(new DateOnly(2026, 3, 5)), DateGranularity.Day),
        new EventDateValue(DateInterval.Month(2023, 1), DateGranularity.Month),
        new EventDateValue(DateInterval.Year(2024), DateGranularity.Year),
        new EventDateValue(new DateInterval(DateOnly.MinValue, DateOnly.MaxValue), DateGranularity.Approximate),
        new EventDateValue(new DateInterval(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 1)), (DateGranularity)7),
        new AttributionValue(Iran, null),
        new AttributionValue(Minister, Iran with { Kind = (ActorKind)12, Role = "" }),
        new AttributionValue(null!, null),
        new StanceValue(Iran, StanceType.Denial, null),
        new StanceValue(Minister, StanceType.Accusation, Iran),
        new StanceValue(Iran with { Kind = ActorKind.StateBody }, StanceType.Acknowledgment, Minister with { Kind = ActorKind.ArmedGroup }),
        new StanceValue(Iran with { Kind = ActorKind.Organisation }, StanceType.Acknowledgment, Iran with { Kind = ActorKind.Office }),
        new OtherValue(Awkward, null),
    ];

    public static TheoryData<ClaimValue> HandMadeValues() => new(Values);

    [Theory]
    [MemberData(nameof(HandMadeValues))]
    public void A_hand_made_value_is_written_as_the_serializer_writes_it(ClaimValue value)
    {
        ClaimValueJson.Of(value).Should().Be(ClaimTrackerJson.Serialize(value));
    }

    [Fact]
    public void The_hand_made_values_cover_every_value_type_and_enum_name()
    {
        var values = Values;
        var types = typeof(ClaimValue).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(ClaimValue)) && !type.IsAbstract);
        values.Select(value => value.GetType()).Should().Contain(types);

        var json = string.Concat(values.Select(value => ClaimTrackerJson.Serialize(value)));
        foreach (var name in Enum.GetNames<WeaponPhase>().Concat(Enum.GetNames<CasualtyType>()).Concat(Enum.GetNames<StanceType>())
            .Concat(Enum.GetNames<DateGranularity>()).Concat(Enum.GetNames<ActorKind>()).Concat(Enum.GetNames<NumberQualifier>()))
        {
            json.Should().Contain($"\"{char.ToLowerInvariant(name[0])}{name[1..]}\"");
        }
    }

    [Fact]
    public void Every_character_is_escaped_as_the_serializer_escapes_it()
    {
        var all = string.Create(0x10000, 0, (chars, _) =>
        {
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)c;
            }
        });
        var value = new QuantityValue(all, NumberValue.Exactly(1));

        ClaimValueJson.Of(value).Should().Be(ClaimTrackerJson.Serialize(value));
    }

    [Fact]
    public void Every_draft_of_the_articles_has_the_key_it_had_through_the_serializer()
    {
        var drafts = new List<ClaimDraft>();
        foreach (var text in ArticleTexts.SeedsAndGoldArticles())
        {
            foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8)))
            {
                foreach (var extractor in ClaimExtractors.All)
                {
                    extractor.Extract(sentence, drafts);
                }
            }
        }

        drafts.Select(draft => draft.Kind).Distinct().Should().HaveCount(Enum.GetValues<ClaimKind>().Length);
        foreach (var draft in drafts)
        {
            var serialized = string.Create(CultureInfo.InvariantCulture, $"doc|{draft.Kind}|{draft.Quote.Start}|{draft.Quote.End}|{draft.Subject}|{ClaimTrackerJson.Serialize(draft.Value)}");
            StableClaimId.KeyOf("doc", draft).Should().Be(serialized);
        }
    }

    [Fact]
    public void A_claim_keeps_the_id_it_was_stored_with()
    {
        // The first claim of the first seed article, as `analyze seeds` has always reported it.
        var draft = new ClaimDraft(ClaimKind.WeaponCount, "drones hit", new WeaponCountValue("drone", WeaponPhase.Hit, NumberValue.Exactly(2)), new TextSpan(1006, 1055), 0.9);

        StableClaimId.Of("000_e5b26e644eac3779", draft).Should().Be("84d5318271cd9abc");
    }
}
