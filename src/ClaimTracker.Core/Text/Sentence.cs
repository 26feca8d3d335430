using ClaimTracker.Documents;

namespace ClaimTracker.Text;

/// <summary>One sentence of a document.</summary>
/// <param name="Index">Position among the document's sentences, from 0.</param>
/// <param name="Span">Where the sentence stands in the document text, without surrounding white space.</param>
/// <param name="Paragraph">Index of the paragraph (line) it belongs to, from 0; sentences of one paragraph share it.</param>
public readonly record struct Sentence(int Index, TextSpan Span, int Paragraph);
