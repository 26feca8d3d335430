using ClaimTracker.Documents;

namespace ClaimTracker.Evaluation;

/// <summary>One ECB+ document and the gold event it reports: its topic's original-ECB or ECB+ sub-topic.</summary>
/// <param name="Topic">The topic number ("41").</param>
/// <param name="GoldEvent">"&lt;topic&gt;/ecb" or "&lt;topic&gt;/ecbplus": two different events of the same type.</param>
/// <param name="Document">The text rebuilt from the tokens.</param>
internal sealed record EcbDocument(string Topic, string GoldEvent, Document Document);
