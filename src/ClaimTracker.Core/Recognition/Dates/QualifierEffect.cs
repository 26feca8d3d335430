namespace ClaimTracker.Recognition.Dates;

/// <summary>How a qualifier before a count ("less than", "about", "just") widens it.</summary>
internal enum QualifierEffect
{
    /// <summary>No change ("just a day earlier").</summary>
    None,

    /// <summary>From zero up to the count ("less than 24 hours later").</summary>
    UpTo,

    /// <summary>The count up to twice the count ("more than two years later").</summary>
    AtLeast,

    /// <summary>A quarter of the count either side ("about two weeks later").</summary>
    About,
}
