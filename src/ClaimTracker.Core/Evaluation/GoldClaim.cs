using ClaimTracker.Claims;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Evaluation;

/// <summary>
/// One annotated claim of a gold set. Which fields are set depends on <see cref="Kind"/>: weapon counts have
/// <see cref="Weapon"/>, <see cref="Phase"/> and a count; casualties <see cref="Casualty"/> and a count; dates
/// <see cref="Dates"/>; attributions <see cref="Attacker"/>; stances <see cref="Actor"/> and <see cref="Stance"/>;
/// quantities a count. Actors are ISO country codes or plain names.
/// </summary>
internal sealed record GoldClaim(string Id, string DocumentId, string? EventId, ClaimKind Kind, string Quote, TextSpan Span)
{
    public string? Weapon { get; init; }

    public WeaponPhase? Phase { get; init; }

    /// <summary>For a weapon count, the target of a sub-count; for an attribution, the actor attacked.</summary>
    public string? Target { get; init; }

    public CasualtyType? Casualty { get; init; }

    public string? Victims { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool Exact { get; init; } = true;

    public DateInterval? Dates { get; init; }

    public string? Attacker { get; init; }

    public string? Actor { get; init; }

    public StanceType? Stance { get; init; }

    public string? Subject { get; init; }

    /// <summary>An actor code or name, or <c>source</c> for the outlet's own statement; null when not annotated.</summary>
    public string? Claimant { get; init; }

    public Modality? Modality { get; init; }

    /// <summary>The value in words, so that claims with the same value fall on the same side of a conflict.</summary>
    public string ValueText => Kind switch
    {
        ClaimKind.EventDate => Dates?.ToString() ?? "?",
        ClaimKind.Attribution => Attacker ?? "?",
        ClaimKind.Stance => $"{Actor} {ValueFormat.Lower(Stance?.ToString() ?? "?")}",
        _ => ValueFormat.Count(Min ?? 0, Max, Exact),
    };
}
