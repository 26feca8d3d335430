using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Finds who asserts the claims of a sentence: the subject of a reporting verb ("Baku confirmed", "the foreign ministry
/// … declared"), the speaker named by "according to", or, for "he said", the last person named before. Without a
/// reporting cue the claim is the outlet's own.
/// </summary>
internal sealed class ClaimantResolver(CueLexicon cues)
{
    private const int MaxSubjectWords = 4;
    private const int MaxSentencesBackForPronoun = 3;

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she" };
    /// <summary>
    /// Words that end a speaker's name when reading back from the verb: conjunctions, relatives, pronouns, auxiliaries
    /// and adverbs ("Tehran, which had initially denied" has no speaker in "had initially").
    /// </summary>
    private static readonly HashSet<string> SubjectStops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "and", "or", "but", "as", "while", "whereas", "when", "because", "although", "though",
        "since", "so", "if", "it", "they", "we", "i", "you", "this", "these", "those", "had", "has", "have", "was",
        "were", "is", "are", "be", "been", "will", "would", "could", "should", "may", "might", "also", "later",
        "initially", "then", "never", "not", "repeatedly", "publicly", "officially", "reportedly",
    };

    public static ClaimantResolver Default { get; } = new(CueLexicon.Default);

    public Claimant Resolve(SentenceContext sentence)
    {
        foreach (var (start, length, claimantFollows) in cues.ReportingVerbs.FindAll(sentence.Words, 0, sentence.Words.Count))
        {
            var claimant = claimantFollows ? After(sentence, start + length) : Before(sentence, start) ?? Inverted(sentence, start + length);
            if (claimant is not null)
            {
                return claimant;
            }
        }

        return new Claimant(sentence.Document.Source, null, IsSource: true);
    }

    /// <summary>"according to Azerbaijani authorities" → the actor or words after the cue.</summary>
    private static Claimant? After(SentenceContext sentence, int first)
    {
        if (first < sentence.Tokens.Count && sentence.ActorAt(first) is { } actor)
        {
            return FromActor(actor.Actor);
        }

        if (first + 1 < sentence.Tokens.Count && sentence.Words[first] is "the" && sentence.ActorAt(first + 1) is { } afterArticle)
        {
            return FromActor(afterArticle.Actor);
        }

        var words = new List<string>();
        for (var i = first; i < sentence.Tokens.Count && words.Count < MaxSubjectWords && IsWord(sentence, i); i++)
        {
            words.Add(sentence.Tokens[i].Span.Slice(sentence.Document.Text));
        }

        return Named(words);
    }

    /// <summary>"Baku confirmed", "The foreign ministry and general staff … declared", "police said".</summary>
    private static Claimant? Before(SentenceContext sentence, int verb)
    {
        var subjectEnd = verb - 1;
        if (subjectEnd < 0)
        {
            return null;
        }

        if (Pronouns.Contains(sentence.Words[subjectEnd]))
        {
            return LastPerson(sentence, sentence.Tokens[subjectEnd].Span.Start);
        }

        // The nearest actor in the verb's clause is its subject: "The foreign ministry and general staff of the armed forces declared".
        for (var i = subjectEnd; i >= 0 && !IsClauseBreak(sentence.Words[i]); i--)
        {
            if (sentence.ActorAt(i) is { } actor)
            {
                return FromActor(actor.Actor);
            }
        }

        var words = new List<string>();
        for (var i = subjectEnd; i >= 0 && words.Count < MaxSubjectWords && IsWord(sentence, i) && !SubjectStops.Contains(sentence.Words[i]); i--)
        {
            words.Insert(0, sentence.Tokens[i].Span.Slice(sentence.Document.Text));
        }

        return Named(words);
    }

    /// <summary>"…, said Kyiv's military" → the actor right after the verb.</summary>
    private static Claimant? Inverted(SentenceContext sentence, int afterVerb)
    {
        var i = afterVerb < sentence.Tokens.Count && sentence.Words[afterVerb] == "the" ? afterVerb + 1 : afterVerb;
        return sentence.ActorAt(i) is { } actor ? FromActor(actor.Actor) : null;
    }

    private static Claimant? LastPerson(SentenceContext sentence, int before)
    {
        var current = sentence;
        for (var back = 0; current is not null && back <= MaxSentencesBackForPronoun; back++, current = current.Previous)
        {
            var person = current.Actors.LastOrDefault(a => a.Span.End <= before && a.Actor.Kind is ActorKind.Person or ActorKind.Office);
            if (person is not null)
            {
                return FromActor(person.Actor);
            }
        }

        return null;
    }

    private static Claimant? Named(List<string> words)
    {
        while (words.Count > 0 && words[0].ToLowerInvariant() is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? null : new Claimant(string.Join(' ', words), null, IsSource: false);
    }

    private static Claimant FromActor(Actor actor) => new(actor.Name, actor, IsSource: false);

    private static bool IsWord(SentenceContext sentence, int index) =>
        sentence.Tokens[index].Kind == Text.TokenKind.Word;

    private static bool IsClauseBreak(string word) => word is "," or ";" or ":" or "." or "—" or "–" or "”" or "\"";
}
