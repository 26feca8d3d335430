namespace ClaimTracker.Recognition.Actors;

/// <summary>A gazetteer phrase found in the text, with every meaning that passed the case check.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index one past the phrase's last token.</param>
/// <param name="Next">Index one past the phrase and its possessive "'s", if any.</param>
/// <param name="Lexemes">The phrase's meanings.</param>
/// <remarks>A struct in the scan's kept list: a text has a phrase every few words, and an object each was garbage as soon
/// as the text's mentions were read.</remarks>
internal readonly record struct PhraseMatch(int First, int End, int Next, IReadOnlyList<Lexeme> Lexemes)
{
    public bool IsPossessive => Next > End;

    // Loops rather than LINQ: these are asked several times for every phrase found.
    public Lexeme? Find(LexemeKind kind)
    {
        for (var i = 0; i < Lexemes.Count; i++)
        {
            if (Lexemes[i].Kind == kind)
            {
                return Lexemes[i];
            }
        }

        return null;
    }

    public bool Has(LexemeKind kind) => Find(kind) is not null;

    /// <summary>Whether every meaning is a place, so the phrase may also be part of a personal name.</summary>
    public bool IsPlaceOnly
    {
        get
        {
            for (var i = 0; i < Lexemes.Count; i++)
            {
                if (Lexemes[i].Kind != LexemeKind.Place)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The country a country name, demonym or capital stands for.</summary>
    public Actor? Country =>
        (Find(LexemeKind.CountryName) ?? Find(LexemeKind.Demonym) ?? Find(LexemeKind.Capital))?.Actor;
}
