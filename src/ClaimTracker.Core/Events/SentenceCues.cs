using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>
/// What one sentence says about which event it describes. A struct: cues are read for every sentence and absorbed
/// into a frame at once, never kept, and as objects they were a quarter of the bytes the frames stage allocated.
/// </summary>
/// <param name="Type">The most specific event type its words or claims imply, or null.</param>
/// <param name="IsAttack">Whether it describes an attack (a trigger word, a weapon, a weapon count).</param>
/// <param name="Place">The most specific place it names (never a country when something finer is named).</param>
/// <param name="Date">When the attack happened, from its date claims or a date clearly before publication.</param>
/// <param name="IsBackground">Whether that date lies clearly before the publication window (an older event).</param>
/// <param name="Attackers">Attackers of its attribution claims, at country level.</param>
/// <param name="Targets">Targets of its attribution claims, at country level.</param>
/// <param name="Actors">Actors of its stance claims, at country level.</param>
internal readonly record struct SentenceCues(
    string? Type,
    bool IsAttack,
    Location? Place,
    DateInterval? Date,
    bool IsBackground,
    IReadOnlySet<string> Attackers,
    IReadOnlySet<string> Targets,
    IReadOnlySet<string> Actors)
{
    public static SentenceCues None { get; } = new(null, false, null, null, false, new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public bool IsEmpty => Type is null && !IsAttack && Place is null && Date is null && Attackers.Count == 0 && Targets.Count == 0 && Actors.Count == 0;
}
