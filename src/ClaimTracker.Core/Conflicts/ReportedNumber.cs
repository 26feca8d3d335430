using ClaimTracker.Claims;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Conflicts;

/// <summary>One claim's number within a comparable subject.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Value">Its number.</param>
/// <param name="Phase">The weapon phase shown after the number ("hit" in "2 hit"), or null.</param>
/// <param name="IsAnchor">False for numbers that only serve as a reference (a document's total compared with an unspecified count): two references are never compared with each other.</param>
internal sealed record ReportedNumber(Claim Claim, NumberValue Value, string? Phase = null, bool IsAnchor = true)
{
    /// <summary>How to show it ("2 hit", "several"); made only when shown, since most numbers agree and never are.</summary>
    public string Label => Phase is null ? NumberText.Format(Value) : NumberText.Format(Value) + " " + Phase;
}
