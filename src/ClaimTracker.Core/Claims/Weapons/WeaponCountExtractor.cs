using ClaimTracker.Claims.Extraction;
using ClaimTracker.Claims.Quantities;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Claims.Weapons;

/// <summary>
/// Finds counts of weapons and the phase each count describes: "four strike drones were directed" (launched 4),
/// "NATO jets downed three drones" (intercepted 3), "Two drones launched from X struck Y" (hit 2: the main verb wins
/// over the participle), elliptical sub-counts whose weapon was named before ("Three were shot down", "Another
/// crashed"), "the others reached their marks" (the launched total minus the sub-counts before it) and "shot down 40 of
/// 52 drones" (intercepted 40 of 52 launched). A count without a verb has an unspecified phase.
/// </summary>
/// <param name="lexicon">The vocabulary.</param>
/// <param name="passSentencesWithoutTriggers">Whether a sentence with none of <see cref="WeaponLexicon.Triggers"/>, or
/// without a count (every rule starts at one, "the others" at the total counted before), is passed without walking its
/// words; the result is the same either way, which tests check by turning it off.</param>
internal sealed class WeaponCountExtractor(WeaponLexicon lexicon, bool passSentencesWithoutTriggers = true) : IClaimExtractor
{
    private const int MaxModifiers = 3;
    private const int MaxVerbDistance = 20;
    private const int SentencesBackForWeapon = 2;
    private const double ExplicitConfidence = 0.9;
    private const double ParticipleConfidence = 0.8;
    private const double EllipticalConfidence = 0.75;
    private const double RemainderConfidence = 0.7;
    private const double UnspecifiedConfidence = 0.6;

    public static WeaponCountExtractor Default { get; } = new(WeaponLexicon.Default);

    public void Extract(SentenceContext sentence, List<ClaimDraft> drafts)
    {
        if (passSentencesWithoutTriggers && (!sentence.ContainsAny(lexicon.Triggers) || sentence.Counts.IsEmpty))
        {
            return;
        }

        var tally = default(Tally);
        var i = 0;
        while (i < sentence.Words.Count)
        {
            i = TryCountedWeapon(sentence, i, drafts, ref tally)
                ?? TryElliptical(sentence, i, drafts, ref tally)
                ?? TryRemainder(sentence, i, drafts, ref tally)
                ?? i + 1;
        }
    }

    /// <summary>"four strike drones …", "one of them hit …", "40 of 52 drones"; returns the index after what it read.</summary>
    private int? TryCountedWeapon(SentenceContext sentence, int index, List<ClaimDraft> drafts, ref Tally tally)
    {
        if (CountReader.At(sentence, index) is not { } count)
        {
            return null;
        }

        var words = sentence.Words;
        var next = count.Last + 1;
        CountPhrase? total = null;
        WeaponClass? weapon;
        int weaponEnd;
        if (next < words.Count && words[next] == "of" && count.Form != CountForm.Ordinal)
        {
            if (CountReader.IsPronoun(sentence, next + 1))
            {
                // "One of them hit the terminal": the weapon is the one named before.
                weapon = WeaponBefore(sentence, index);
                weaponEnd = next + 1;
            }
            else
            {
                var start = next + 1;
                if (CountReader.At(sentence, start) is { IsNumber: true } whole)
                {
                    total = whole;
                    start = whole.Last + 1;
                }
                else if (start < words.Count && words[start] == "the")
                {
                    start++;
                }

                weapon = WeaponPhraseAt(sentence, start, out weaponEnd);
            }
        }
        else
        {
            weapon = WeaponPhraseAt(sentence, next, out weaponEnd);
        }

        if (weapon is null)
        {
            return null;
        }

        var verb = GoverningVerb(sentence, count.First, weaponEnd);
        if (verb is null or { Phase: WeaponPhase.Unspecified } && sentence.Words[count.First] is "a" or "an")
        {
            // An indefinite article is a count only when a phase verb makes it one: "was hit by a drone", not "a drone flew".
            return weaponEnd + 1;
        }

        if (total is { } launched)
        {
            Add(sentence, drafts, ref tally, weapon, WeaponPhase.Launched, launched.Value, launched.First, weaponEnd, ExplicitConfidence);
        }

        var first = verb is { Before: true } ? Math.Min(verb.Value.First, count.First) : count.First;
        var last = verb is { Before: false } ? Math.Max(verb.Value.Last, weaponEnd) : weaponEnd;
        Add(sentence, drafts, ref tally, weapon, verb?.Phase ?? WeaponPhase.Unspecified, count.Value, first, last, verb?.Confidence ?? UnspecifiedConfidence);
        return weaponEnd + 1;
    }

    /// <summary>"Three were shot down", "another fell near a school": a bare count whose verb follows and whose weapon was named before.</summary>
    private int? TryElliptical(SentenceContext sentence, int index, List<ClaimDraft> drafts, ref Tally tally)
    {
        if (CountReader.At(sentence, index) is not { } count || count.Form == CountForm.Ordinal || sentence.Words[count.First] is "a" or "an")
        {
            return null;
        }

        var verbStart = CountReader.SkipAuxiliaries(sentence, count.Last + 1);
        if (!lexicon.Phases.TryMatch(sentence.Words, verbStart, out var length, out var phase) || phase == WeaponPhase.Unspecified
            || WeaponBefore(sentence, index) is not { } weapon)
        {
            return null;
        }

        Add(sentence, drafts, ref tally, weapon, phase, count.Value, count.First, verbStart + length - 1, EllipticalConfidence);
        return verbStart + length;
    }

    /// <summary>"the others reached their marks": the launched total of the sentence minus the sub-counts after it.</summary>
    private int? TryRemainder(SentenceContext sentence, int index, List<ClaimDraft> drafts, ref Tally tally)
    {
        if (sentence.Words[index] != "the" || !lexicon.Remainders.TryMatch(sentence.Words, index + 1, out var length, out _)
            || tally.Total is not { } total)
        {
            return null;
        }

        var verbStart = CountReader.SkipAuxiliaries(sentence, index + 1 + length);
        if (!lexicon.Phases.TryMatch(sentence.Words, verbStart, out var verbLength, out var phase) || phase == WeaponPhase.Unspecified)
        {
            return null;
        }

        var rest = total.Count - tally.SubCounts;
        if (rest <= 0)
        {
            return null;
        }

        Add(sentence, drafts, ref tally, total.Weapon, phase, NumberValue.Exactly(rest), index, verbStart + verbLength - 1, RemainderConfidence);
        return verbStart + verbLength;
    }

    /// <summary>The weapon phrase at <paramref name="start"/> after up to three modifiers, unless it modifies another noun ("drone strike").</summary>
    private WeaponClass? WeaponPhraseAt(SentenceContext sentence, int start, out int end)
    {
        end = -1;
        var words = sentence.Words;
        for (var i = start; i < words.Count && i - start <= MaxModifiers; i++)
        {
            if (lexicon.Weapons.TryMatch(words, i, out var length, out var weapon))
            {
                var after = i + length;
                if (after < words.Count && lexicon.Compounds.Contains(words[after]))
                {
                    return null;
                }

                end = after - 1;
                return weapon;
            }

            if (!IsModifier(sentence, i))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsModifier(SentenceContext sentence, int index) =>
        lexicon.Modifiers.Contains(sentence.Words[index])
        || CountReader.ActorOverlapping(sentence, index) is { Form: ActorMentionForm.Demonym };

    /// <summary>
    /// The verb that gives a counted weapon its phase: a verb right before the count takes it as object ("downed three
    /// drones", "was hit by a drone"); otherwise the first phase verb after it in the clause, where a launch participle
    /// right after the noun ("drones launched from X") yields to a later main verb ("… struck Y").
    /// </summary>
    private Verb? GoverningVerb(SentenceContext sentence, int countFirst, int weaponEnd)
    {
        var beforeEnd = countFirst - 1;
        if (beforeEnd >= 0 && sentence.Words[beforeEnd] == "by")
        {
            beforeEnd--;
        }

        if (VerbEndingAt(sentence, beforeEnd) is { } before)
        {
            return before;
        }

        Verb? participle = null;
        var words = sentence.Words;
        for (var k = weaponEnd + 1; k < words.Count && k - weaponEnd <= MaxVerbDistance; k++)
        {
            if (CountReader.IsClauseBreak(words[k]) || (words[k] == "and" && CountReader.At(sentence, k + 1) is not null))
            {
                break;
            }

            var active = !CountReader.HasAuxiliaryBefore(sentence, k);
            if (active && lexicon.ActiveHit.TryMatch(words, k, out var hitLength, out _))
            {
                return new Verb(WeaponPhase.Hit, k, k + hitLength - 1, Before: false, ExplicitConfidence);
            }

            if (!lexicon.Phases.TryMatch(words, k, out var length, out var phase))
            {
                continue;
            }

            if (phase == WeaponPhase.Unspecified)
            {
                return participle ?? new Verb(phase, k, k + length - 1, Before: false, UnspecifiedConfidence);
            }

            if (active && k == weaponEnd + 1 && phase == WeaponPhase.Launched && participle is null)
            {
                participle = new Verb(phase, k, k + length - 1, Before: false, ParticipleConfidence);
                k += length - 1;
                continue;
            }

            return new Verb(phase, k, k + length - 1, Before: false, ExplicitConfidence);
        }

        return participle;
    }

    private Verb? VerbEndingAt(SentenceContext sentence, int end)
    {
        for (var start = Math.Max(0, end - 2); start <= end; start++)
        {
            if (lexicon.Phases.TryMatch(sentence.Words, start, out var length, out var phase) && start + length - 1 == end
                && phase != WeaponPhase.Unspecified)
            {
                return new Verb(phase, start, end, Before: true, ExplicitConfidence);
            }
        }

        return null;
    }

    /// <summary>The last weapon named before <paramref name="index"/> in this sentence or the two before it.</summary>
    private WeaponClass? WeaponBefore(SentenceContext sentence, int index)
    {
        var current = sentence;
        var end = index;
        for (var back = 0; current is not null && back <= SentencesBackForWeapon; back++)
        {
            WeaponClass? last = null;
            foreach (var (_, _, weapon) in lexicon.Weapons.FindAll(current.Words, 0, end))
            {
                last = weapon;
            }

            if (last is not null)
            {
                return last;
            }

            current = current.Previous;
            end = current?.Words.Count ?? 0;
        }

        return null;
    }

    private static void Add(SentenceContext sentence, List<ClaimDraft> drafts, ref Tally tally, WeaponClass weapon, WeaponPhase phase, NumberValue count, int first, int last, double confidence)
    {
        tally.Record(weapon, phase, count);
        var subject = phase == WeaponPhase.Unspecified ? weapon.Plural : $"{weapon.Plural} {phase.ToString().ToLowerInvariant()}";
        drafts.Add(new ClaimDraft(ClaimKind.WeaponCount, subject, new WeaponCountValue(weapon.Name, phase, count), sentence.SpanOf(first, last), confidence));
    }

    private readonly record struct Verb(WeaponPhase Phase, int First, int Last, bool Before, double Confidence);

    /// <summary>
    /// The sentence's exact launched total and the exact sub-counts stated after it, for "the others"; a struct the
    /// rules share by reference, since every sentence with a weapon word starts one.
    /// </summary>
    private struct Tally
    {
        public (WeaponClass Weapon, decimal Count)? Total { get; private set; }

        public decimal SubCounts { get; private set; }

        public void Record(WeaponClass weapon, WeaponPhase phase, NumberValue count)
        {
            if (Total is null && phase == WeaponPhase.Launched && count.IsExact)
            {
                Total = (weapon, count.Min);
            }
            else if (Total is { } total && total.Weapon.Name == weapon.Name && count.IsExact)
            {
                SubCounts += count.Min;
            }
        }
    }
}
