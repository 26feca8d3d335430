namespace ClaimTracker.Claims.Quantities;

/// <summary>What a word that is not a number may start: an ordinal count ("the second"), a single ("a", "another"), or both.</summary>
[Flags]
internal enum CountStarts : byte
{
    None = 0,
    OrdinalArticle = 1,
    Single = 2,
}
