namespace ClaimTracker.Recognition.Actors;

/// <summary>How the text refers to an actor.</summary>
public enum ActorMentionForm
{
    /// <summary>By a name or alias: "Iran", "the Islamic Republic", "NATO", "Hamas".</summary>
    Name,

    /// <summary>By the country's adjective or people: "Iranian", "Azerbaijanis".</summary>
    Demonym,

    /// <summary>By the capital standing for the government: "Baku confirmed".</summary>
    Metonym,

    /// <summary>By a state body: "Iran's foreign ministry", "the IRGC", "Azerbaijani forces".</summary>
    Body,

    /// <summary>By a person or an office: "U.S. President Joe Biden", "Biden", "Iran's president".</summary>
    Person,
}
