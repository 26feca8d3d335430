namespace ClaimTracker.Documents;

/// <summary>Why an input could not be read as a document.</summary>
/// <param name="Origin">The file path or other name of the rejected input.</param>
/// <param name="Reason">A one-line explanation a user can act on.</param>
public sealed record DocumentError(string Origin, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Origin}: {Reason}";
}
