namespace ClaimTracker.Recognition.Dates;

/// <summary>A word of the date vocabulary as the tokenizer hands it to the scanner.</summary>
/// <param name="Lower">The word, lower-cased.</param>
/// <param name="StartsExpression">Whether it is in <see cref="DateVocabulary.ExpressionStarts"/>, found with the word so
/// the scanner needs no second lookup at every token.</param>
/// <param name="NamesUnit">Whether it is in <see cref="DateVocabulary.Units"/>, for the same reason.</param>
internal sealed record VocabularyWord(string Lower, bool StartsExpression, bool NamesUnit)
{
    /// <summary>What every word outside the vocabulary reads as: no rule compares with it and none starts at it.</summary>
    public static VocabularyWord Unknown { get; } = new(string.Empty, false, false);
}
