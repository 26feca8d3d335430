using System.Collections.Frozen;
using ClaimTracker.Claims.Attribution;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Claims.Stances;

/// <summary>
/// Drafts stance claims (denial, acknowledgment, accusation) near an attack. The actor is the subject before the cue;
/// for a cue that describes the matter ("had launched no drones", "an act of terror") it is the speaker of the
/// reporting verb before it. A body or person keeps its identity in the value and counts as its country in the
/// subject ("Iran's stance"), so the denial and the acknowledgment of one state compare. An accusation names the
/// accused when the sentence does ("accused Russia of", "responsibility lies with the Iranian side"), otherwise the
/// attacker of the nearest attack reported just before. An actor's own account of striking ("the ministry said it had
/// struck …") is an acknowledgment. Negated cues ("did not deny", "refused to acknowledge") yield nothing, since they
/// state no position.
/// </summary>
/// <param name="lexicon">The vocabulary.</param>
/// <param name="attacks">Finds the attacks a stance is about.</param>
/// <param name="unnamed">Reads actors named by description ("the group").</param>
/// <param name="passSentencesWithoutTriggers">Whether a sentence with none of the cue words, rejection verbs and attack
/// words is passed without running the rules, and phrases are tried only at their first words; the result is the same
/// either way, which tests check by turning it off.</param>
internal sealed class StanceExtractor(StanceLexicon lexicon, AttackFinder attacks, UnnamedActorReader unnamed, bool passSentencesWithoutTriggers = true) : IClaimExtractor
{
    private const int MaxSubjectWalk = 15;
    private const int MaxNegatorGap = 4;
    private const int MaxRejectionGap = 3;
    private const int MaxAccusedDistance = 6;
    private const int ContextSentences = 2;
    private const int LookBackSentences = 4;
    private const int MaxSentencesBackForPronoun = 3;

    public static StanceExtractor Default { get; } = new(StanceLexicon.Default, AttackFinder.Default, UnnamedActorReader.Default);

    /// <summary>The cue words, rejection verbs and attack words: a stance comes from a cue or from an actor's own account of an attack in the sentence.</summary>
    public FrozenSet<string> Triggers { get; } = lexicon.Triggers.Concat(attacks.Lexicon.Starts).ToFrozenSet(StringComparer.Ordinal);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        if (sentence.Words.Count == 0 || (passSentencesWithoutTriggers && !sentence.ContainsAny(Triggers)) || !HasAttackContext(sentence))
        {
            return;
        }

        var stances = new List<(StanceValue Value, TextSpan Quote, double Confidence)>();
        AddCueStances(sentence, stances);

        if (OwnAccounts(sentence) is { } ownAccounts)
        {
            DropDenialsOfOwnAttacks(stances, ownAccounts);
            stances.AddRange(ownAccounts);
        }

        if (stances.Count == 0)
        {
            return;
        }

        var seen = new HashSet<(string, StanceType)>();
        foreach (var (value, quote, confidence) in stances)
        {
            if (seen.Add((ActorCountries.CountryIdOf(value.Actor), value.Stance)))
            {
                drafts.Add(new ClaimDraft(ClaimKind.Stance, SubjectOf(value.Actor), value, quote, confidence));
            }
        }
    }

    /// <summary>"Iran's stance" for Iran, its ministries and its president alike.</summary>
    public static string SubjectOf(Actor actor) => ActorCountries.CountryNameOf(actor) + "'s stance";

    private (StanceValue, TextSpan, double)? Drafted(SentenceContext sentence, int start, int length, StanceType stance)
    {
        var words = sentence.Words;
        if (IsNegated(sentence, start)
            || (stance == StanceType.Accusation && lexicon.AccusedFollows.Contains(words[start]) && start + 1 < words.Count && words[start + 1] == "of"))
        {
            // "nationals accused of spying": the subject is the accused, not the accuser.
            return null;
        }

        var reported = lexicon.ReportedCues.TryMatch(words, start, out _, out _);
        var speaker = (reported ? Speaker(sentence, start) : null) ?? SubjectBefore(sentence, start);
        var confidence = 0.8;
        if (speaker is null)
        {
            if (stance != StanceType.Accusation || ClaimantResolver.Default.Resolve(sentence).Actor is not { } claimant)
            {
                return null;
            }

            speaker = new ActorMention(sentence.SpanOf(start, start), claimant.Name, claimant, ActorMentionForm.Name);
            confidence = 0.6;
        }

        Actor? against = null;
        var end = start + length - 1;
        if (stance == StanceType.Accusation)
        {
            var accused = NamedAccused(sentence, start, length);
            if (accused is not null)
            {
                end = Math.Max(end, sentence.TokenAt(accused.Span.End) - 1);
                against = accused.Actor;
            }
            else
            {
                against = AttackerBefore(sentence, speaker.Actor);
                confidence -= 0.1;
            }

            if (against is not null && ActorCountries.SameSide(against, speaker.Actor))
            {
                against = null;
            }
        }

        var speakerStart = speaker.Span.Start >= sentence.Sentence.Span.Start && start - sentence.TokenAt(speaker.Span.Start) <= MaxSubjectWalk
            ? speaker.Span.Start
            : sentence.Tokens[start].Span.Start;
        var quote = new TextSpan(Math.Min(speakerStart, sentence.Tokens[start].Span.Start), sentence.Tokens[end].Span.End);
        return (new StanceValue(speaker.Actor, stance, against), quote, confidence);
    }

    /// <summary>
    /// The stances of the cue phrases, then of the rejection verbs with their object ("rejected the accusations"), in
    /// that order; index loops rather than an iterator over phrase matches, since every sentence with a trigger asks.
    /// </summary>
    private void AddCueStances(SentenceContext sentence, List<(StanceValue Value, TextSpan Quote, double Confidence)> stances)
    {
        var words = sentence.Words;
        var cues = sentence.Membership(lexicon.CueStarts);
        for (var start = 0; start < words.Count; start++)
        {
            if ((!passSentencesWithoutTriggers || cues.Contains(start)) && lexicon.Cues.TryMatch(words, start, out var length, out var stance))
            {
                if (Drafted(sentence, start, length, stance) is { } found)
                {
                    stances.Add(found);
                }

                start += length - 1;
            }
        }

        var rejections = sentence.Membership(lexicon.Rejections);
        for (var i = 0; i < words.Count; i++)
        {
            if (passSentencesWithoutTriggers ? !rejections.Contains(i) : !lexicon.Rejections.Contains(words[i]))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k - i <= MaxRejectionGap + 1; k++)
            {
                if (lexicon.RejectedObjects.Contains(words[k]))
                {
                    if (Drafted(sentence, i, k - i + 1, StanceType.Denial) is { } found)
                    {
                        stances.Add(found);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// "said it had struck the port and denied harming civilians": the denial is about details, not responsibility. A
    /// method of its own, so the closures are made only for a sentence with an own account, not for every sentence.
    /// </summary>
    private static void DropDenialsOfOwnAttacks(
        List<(StanceValue Value, TextSpan Quote, double Confidence)> stances, List<(StanceValue Value, TextSpan Quote, double Confidence)> ownAccounts) =>
        stances.RemoveAll(s => s.Value.Stance == StanceType.Denial && ownAccounts.Any(o => ActorCountries.SameSide(o.Value.Actor, s.Value.Actor)));

    /// <summary>An actor's own report that it struck ("the ministry said it had struck the port") acknowledges the attack; null when there is none.</summary>
    private List<(StanceValue Value, TextSpan Quote, double Confidence)>? OwnAccounts(SentenceContext sentence)
    {
        // The sentence's attacks are already found (the attribution extractor runs first): most sentences stop here.
        var found = attacks.Find(sentence);
        if (found.Count == 0)
        {
            return null;
        }

        var firstReportingVerb = FirstReportingVerb(sentence.Words);
        if (firstReportingVerb is null || ClaimantResolver.Default.Resolve(sentence).Actor is not { } claimant)
        {
            return null;
        }

        List<(StanceValue Value, TextSpan Quote, double Confidence)>? accounts = null;
        for (var i = 0; i < found.Count; i++)
        {
            var attack = found[i];
            if (sentence.TokenAt(attack.Quote.Start) > firstReportingVerb && ActorCountries.SameSide(attack.Attacker, claimant))
            {
                (accounts ??= []).Add((new StanceValue(claimant, StanceType.Acknowledgment, null), attack.Quote, 0.65));
            }
        }

        return accounts;
    }

    private bool HasAttackContext(SentenceContext sentence)
    {
        var current = sentence;
        for (var back = 0; current is not null && back <= ContextSentences; back++, current = current.Previous)
        {
            if (attacks.Triggers(current).Count > 0 || current.ContainsAny(attacks.Lexicon.Weapons))
            {
                return true;
            }
        }

        return false;
    }

    private static int? FirstReportingVerb(IReadOnlyList<string> words)
    {
        foreach (var (start, _, _) in CueLexicon.Default.ReportingVerbs.FindAll(words, 0, words.Count))
        {
            return start;
        }

        return null;
    }

    private bool IsNegated(SentenceContext sentence, int cueStart) =>
        lexicon.Negators.FindAll(sentence.Words, Math.Max(0, cueStart - MaxNegatorGap), cueStart).Any();

    /// <summary>The subject of the last reporting verb before the cue ("The foreign ministry … declared that …").</summary>
    private ActorMention? Speaker(SentenceContext sentence, int cueStart)
    {
        int? last = null;
        foreach (var (start, _, claimantFollows) in CueLexicon.Default.ReportingVerbs.FindAll(sentence.Words, 0, cueStart))
        {
            last = claimantFollows ? last : start;
        }

        return last is { } verb ? SubjectBefore(sentence, verb) : null;
    }

    /// <summary>The nearest actor before <paramref name="index"/> in its clause that is not the object of a preposition; commas do not stop it ("Tehran, which had denied").</summary>
    private ActorMention? SubjectBefore(SentenceContext sentence, int index)
    {
        var words = sentence.Words;
        for (var i = index - 1; i >= 0 && index - i <= MaxSubjectWalk; i--)
        {
            if (words[i] is ";" or ":" or "—" or "–" or "but" or "while" or "whereas")
            {
                return null;
            }

            if (unnamed.GroupReferredToAt(sentence, i) is { } referred && (i < 2 || !IsObject(sentence, i - 1) || words[i - 2] == "for"))
            {
                // "the group denied", "a spokesman for the group denied".
                return referred;
            }

            if (AttackFinder.ActorAt(sentence, i) is { } actor)
            {
                var first = sentence.TokenAt(actor.Span.Start);
                if (!IsObject(sentence, first))
                {
                    return actor;
                }

                i = first;
                continue;
            }

            if (words[i] is "he" or "she")
            {
                return LastPerson(sentence, sentence.Tokens[i].Span.Start);
            }

            if (unnamed.EndingAt(sentence, i) is { } group)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The accused the sentence names: "accused Russia of", "responsibility lies with the Iranian side", "involvement of Iranian structures".</summary>
    private ActorMention? NamedAccused(SentenceContext sentence, int start, int length)
    {
        var words = sentence.Words;
        var end = start + length;
        if (lexicon.AccusedFollows.Contains(words[start]) || words[end - 1] == "of")
        {
            return ActorAfter(sentence, end);
        }

        for (var i = end; i < words.Count && i - end < MaxAccusedDistance; i++)
        {
            if (lexicon.AccusedAfter.Contains(words[i]))
            {
                return ActorAfter(sentence, i + 1);
            }
        }

        return null;
    }

    private ActorMention? ActorAfter(SentenceContext sentence, int index)
    {
        var at = index < sentence.Words.Count && sentence.Words[index] == "the" ? index + 1 : index;
        return AttackFinder.ActorAt(sentence, at) ?? (at < sentence.Words.Count ? unnamed.StartingAt(sentence, at) : null);
    }

    /// <summary>"called the strike an act of terror": the attacker of the nearest attack in this or the sentences just before.</summary>
    private Actor? AttackerBefore(SentenceContext sentence, Actor accuser)
    {
        var current = sentence;
        for (var back = 0; current is not null && back <= LookBackSentences; back++, current = current.Previous)
        {
            var attacker = attacks.Find(current).Select(a => a.Attacker).FirstOrDefault(a => !ActorCountries.SameSide(a, accuser));
            if (attacker is not null)
            {
                return attacker;
            }
        }

        return null;
    }

    private bool IsObject(SentenceContext sentence, int first)
    {
        var before = first - 1;
        if (before >= 0 && sentence.Words[before] is "the" or "a" or "an")
        {
            before--;
        }

        return before >= 0 && attacks.Lexicon.Prepositions.Contains(sentence.Words[before]);
    }

    private static ActorMention? LastPerson(SentenceContext sentence, int before)
    {
        var current = sentence;
        for (var back = 0; current is not null && back <= MaxSentencesBackForPronoun; back++, current = current.Previous)
        {
            var person = current.Actors.LastOrDefault(a => a.Span.End <= before && a.Actor.Kind is ActorKind.Person or ActorKind.Office);
            if (person is not null)
            {
                return person;
            }
        }

        return null;
    }
}
