namespace ClaimTracker.Recognition.Dates;

/// <summary>How a cue word before a month or weekday chooses which one is meant.</summary>
internal enum CueMode
{
    /// <summary>"in", "on", "since", ...: the passage's year, else the most recent on or before publication.</summary>
    Plain,

    /// <summary>"last": the most recent strictly before publication.</summary>
    Previous,

    /// <summary>"this": the one of the publication's year (months) or the most recent (weekdays).</summary>
    Current,

    /// <summary>"next": the first strictly after publication.</summary>
    Next,
}
