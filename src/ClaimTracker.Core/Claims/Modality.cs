namespace ClaimTracker.Claims;

/// <summary>How firmly a claim is put. Only asserted, reported and negated claims state facts that can conflict.</summary>
/// <remarks>New members are added at the end, so stored numeric values keep their meaning.</remarks>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,

    /// <summary>Stated as fact but hedged or attributed ("reportedly", "according to", "allegedly").</summary>
    Reported,

    /// <summary>A forecast ("will continue to deny", "is expected to rise"); never a conflict on its own.</summary>
    Predicted,

    /// <summary>A conditional or possibility ("would lead to casualties", "could have killed"); never a conflict on its own.</summary>
    Hypothetical,

    /// <summary>A negated fact ("no one was hurt" is a claim of zero).</summary>
    Negated,

    /// <summary>
    /// The writer's or speaker's opinion rather than a reported fact ("the toll is surely far higher than 40"), as the
    /// subjectivity model reads the sentence; never a conflict on its own.
    /// </summary>
    Opinion,
}
