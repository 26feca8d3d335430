namespace ClaimTracker.Recognition.Actors;

/// <summary>A gazetteer phrase found in the text, with every meaning that passed the case check.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index one past the phrase's last token.</param>
/// <param name="Next">Index one past the phrase and its possessive "'s", if any.</param>
/// <param name="Lexemes">The phrase's meanings.</param>
internal sealed record PhraseMatch(int First, int End, int Next, IReadOnlyList<Lexeme> Lexemes)
{
    public bool IsPossessive => Next > End;

    public Lexeme? Find(LexemeKind kind) => Lexemes.FirstOrDefault(l => l.Kind == kind);

    public bool Has(LexemeKind kind) => Find(kind) is not null;

    /// <summary>The country a country name, demonym or capital stands for.</summary>
    public Actor? Country =>
        (Find(LexemeKind.CountryName) ?? Find(LexemeKind.Demonym) ?? Find(LexemeKind.Capital))?.Actor;
}
