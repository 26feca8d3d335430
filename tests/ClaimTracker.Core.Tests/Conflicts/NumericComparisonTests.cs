using ClaimTracker.Conflicts;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Tests.Conflicts;

public class NumericComparisonTests
{
    public static TheoryData<NumberValue, NumberValue, string> Cases => new()
    {
        { NumberValue.Exactly(2), NumberValue.Exactly(4), "NumericMismatch" },
        { NumberValue.Exactly(3), NumberValue.Exactly(3), "none" },
        { NumberValue.Exactly(0), NumberValue.Exactly(1), "NumericMismatch" },
        { new NumberValue(3, 7, NumberQualifier.Vague), NumberValue.Exactly(2), "VagueMismatch" },
        { new NumberValue(3, 7, NumberQualifier.Vague), NumberValue.Exactly(4), "none" },
        { NumberValue.Exactly(11), new NumberValue(3, 7, NumberQualifier.Vague), "VagueMismatch" },
        { new NumberValue(27, 33, NumberQualifier.Approximate), NumberValue.Exactly(30), "none" },
        { new NumberValue(27, 33, NumberQualifier.Approximate), NumberValue.Exactly(40), "VagueMismatch" },
        { new NumberValue(12, null, NumberQualifier.AtLeast), NumberValue.Exactly(13), "none" },
        { new NumberValue(40, null, NumberQualifier.MoreThan), NumberValue.Exactly(40), "VagueMismatch" },
        { new NumberValue(40, null, NumberQualifier.MoreThan), NumberValue.Exactly(43), "none" },
        { new NumberValue(8, 10, NumberQualifier.Range), NumberValue.Exactly(9), "none" },
        { new NumberValue(0, 5, NumberQualifier.AtMost), NumberValue.Exactly(6), "VagueMismatch" },
        { new NumberValue(40, null, NumberQualifier.MoreThan), new NumberValue(24, 99, NumberQualifier.Vague), "DivergentEstimates" },
        { new NumberValue(15_000_000, 20_000_000, NumberQualifier.Range), new NumberValue(15_000_000, 25_000_000, NumberQualifier.Range), "DivergentEstimates" },
        { new NumberValue(2_000_000, null, NumberQualifier.Vague), new NumberValue(15_000_000, 20_000_000, NumberQualifier.Range), "none" },
        { new NumberValue(3, 7, NumberQualifier.Vague), new NumberValue(24, 99, NumberQualifier.Vague), "NumericMismatch" },
        { new NumberValue(3, 7, NumberQualifier.Vague), new NumberValue(3, 7, NumberQualifier.Vague), "none" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Two_numbers_for_the_same_thing_agree_or_conflict_by_kind(NumberValue a, NumberValue b, string expected)
    {
        (NumericComparison.Compare(a, b)?.ToString() ?? "none").Should().Be(expected);
        (NumericComparison.Compare(b, a)?.ToString() ?? "none").Should().Be(expected, "the comparison is symmetric");
    }
}
