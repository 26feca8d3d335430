namespace ClaimTracker.Claims;

/// <summary>How firmly a claim is put. Only asserted, reported and negated claims state facts that can conflict.</summary>
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
}
