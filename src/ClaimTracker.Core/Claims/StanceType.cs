namespace ClaimTracker.Claims;

/// <summary>An actor's position on responsibility for an event.</summary>
public enum StanceType
{
    /// <summary>The actor denies involvement or responsibility.</summary>
    Denial,

    /// <summary>The actor acknowledges the event or its responsibility, or expresses regret.</summary>
    Acknowledgment,

    /// <summary>The actor holds another party responsible.</summary>
    Accusation,
}
