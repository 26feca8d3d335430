namespace ClaimTracker.Claims.Quantities;

/// <summary>How a count is written, which decides where it may stand for a number of things.</summary>
internal enum CountForm
{
    /// <summary>A recognized number: "four", "40", "more than 40", "several", "dozens".</summary>
    Number,

    /// <summary>A determiner that counts one: "a", "an", "one", "another".</summary>
    Single,

    /// <summary>An article with an ordinal: "the second", "a fourth"; one item, the Nth of a series.</summary>
    Ordinal,
}
