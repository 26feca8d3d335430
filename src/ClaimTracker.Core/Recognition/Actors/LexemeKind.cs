namespace ClaimTracker.Recognition.Actors;

/// <summary>What a gazetteer phrase stands for.</summary>
internal enum LexemeKind
{
    CountryName,
    Demonym,
    Capital,
    NamedActor,
    Body,
    Title,
    Honorific,
    Place,
}
