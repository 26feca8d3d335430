using ClaimTracker.Claims;

namespace ClaimTracker.Conflicts;

/// <summary>
/// The factual claims of one event, sorted once by the kind of value the rules compare (in their original order
/// within each kind), so that each rule reads only its own claims instead of filtering all of them again.
/// </summary>
internal sealed class EventClaims(string eventId)
{
    private List<Claim>? _casualties;
    private List<Claim>? _weapons;
    private List<Claim>? _dates;
    private List<Claim>? _attributions;
    private List<Claim>? _stances;

    public string EventId { get; } = eventId;

    public IReadOnlyList<Claim> Casualties => _casualties ?? (IReadOnlyList<Claim>)[];

    public IReadOnlyList<Claim> Weapons => _weapons ?? (IReadOnlyList<Claim>)[];

    public IReadOnlyList<Claim> Dates => _dates ?? (IReadOnlyList<Claim>)[];

    public IReadOnlyList<Claim> Attributions => _attributions ?? (IReadOnlyList<Claim>)[];

    /// <summary>Denials and acknowledgments only: the stances that can contradict each other.</summary>
    public IReadOnlyList<Claim> Stances => _stances ?? (IReadOnlyList<Claim>)[];

    public static EventClaims Of(string eventId, IEnumerable<Claim> claims)
    {
        var sorted = new EventClaims(eventId);
        foreach (var claim in claims)
        {
            sorted.Add(claim);
        }

        return sorted;
    }

    /// <summary>Files a claim under its kind of value; values no rule compares here (quantities, other stances) are left out.</summary>
    public void Add(Claim claim)
    {
        switch (claim.Value)
        {
            case CasualtyValue:
                (_casualties ??= []).Add(claim);
                break;
            case WeaponCountValue:
                (_weapons ??= []).Add(claim);
                break;
            case EventDateValue:
                (_dates ??= []).Add(claim);
                break;
            case AttributionValue:
                (_attributions ??= []).Add(claim);
                break;
            case StanceValue { Stance: StanceType.Denial or StanceType.Acknowledgment }:
                (_stances ??= []).Add(claim);
                break;
        }
    }
}
