using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Events;

/// <summary>
/// Decides, left to right over one document's sentences, which event each claim is about. A sentence that describes
/// an attack at another place, on a clearly different date or against another target opens a new frame (or returns to
/// an earlier one it fits); claims without cues of their own stay with the current frame. A frame opened for an older
/// event (a background paragraph) ends with its paragraph and the text returns to the frame before it.
/// </summary>
internal sealed class FrameBuilder(EventVocabulary vocabulary, EventCompatibility compatibility, SentenceCueReader reader)
{
    /// <summary>How many sentences after an attack sentence a newly named place still continues the same account.</summary>
    private const int MaxSentencesOfOneAccount = 2;

    public static FrameBuilder Default { get; } = new(EventVocabulary.Default, EventCompatibility.Default, SentenceCueReader.Default);

    public IReadOnlyList<EventFrame> Build(DocumentAnalysis analysis)
    {
        var document = analysis.Document;
        var slices = analysis.SentenceMentions;
        var (bySentence, starts) = ClaimsBySentence(analysis);
        var frames = new List<EventFrame>();
        if (analysis.Sentences.Count == 0)
        {
            return Unsplit(analysis);
        }

        EventFrame? current = null;
        EventFrame? resume = null;
        var paragraph = -1;
        var currentParagraph = -1;
        int? lastAttack = null;
        for (var i = 0; i < analysis.Sentences.Count; i++)
        {
            var sentence = analysis.Sentences[i];
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                if (current is { IsBackground: true } && resume is not null)
                {
                    current = resume;
                }

                resume = null;
            }

            var claims = bySentence.AsSpan(starts[i], starts[i + 1] - starts[i]);
            var cues = reader.Read(document.Text, sentence.Span, analysis.SentenceWords?[i], slices[i], claims, document.Published);
            if (cues.IsEmpty && claims.IsEmpty)
            {
                continue;
            }

            if (current is null)
            {
                current = Open(frames, document.Id, document.Published, cues);
            }
            else if (cues.IsAttack && Breaks(current, cues, sameParagraph: paragraph == currentParagraph, followsAttack: i - lastAttack <= MaxSentencesOfOneAccount))
            {
                if (cues.IsBackground && !current.IsBackground)
                {
                    resume = current;
                }

                current = FirstFitting(frames, current, cues) ?? Open(frames, document.Id, document.Published, cues);
                current.Absorb(cues, vocabulary);
            }
            else
            {
                current.Absorb(cues, vocabulary);
            }

            if (cues.IsAttack)
            {
                // Only an attack sentence anchors the frame to its paragraph; a passing mention of a region does not.
                currentParagraph = paragraph;
                lastAttack = i;
            }

            for (var c = 0; c < claims.Length; c++)
            {
                FrameOf(claims[c], current, cues, frames, document).Claims.Add(claims[c]);
            }
        }

        frames.RemoveAll(f => f.Claims.Count == 0);
        return frames;
    }

    /// <summary>A date claim that cannot be the current frame's date belongs to the frame it fits, or to a new one.</summary>
    private EventFrame FrameOf(Claim claim, EventFrame current, SentenceCues cues, List<EventFrame> frames, Documents.Document document)
    {
        if (claim.Value is not EventDateValue date || EventCompatibility.DatesAgree(current.Date, date.Date))
        {
            return current;
        }

        var own = cues with { Date = date.Date, IsBackground = EventCompatibility.IsBackground(date.Date, document.Published), Place = null };
        var frame = FirstOfDate(frames, date.Date) ?? Open(frames, document.Id, document.Published, SentenceCues.None);
        frame.Absorb(own, vocabulary);
        return frame;
    }

    // The two searches below are loops rather than FirstOrDefault with a lambda: the lambda's closure would capture
    // the loop's locals, and the compiler allocates such a closure on every sentence, whether the search runs or not.

    /// <summary>The first frame other than <paramref name="current"/> that the sentence's cues point back at, or null.</summary>
    private EventFrame? FirstFitting(List<EventFrame> frames, EventFrame current, SentenceCues cues)
    {
        foreach (var frame in frames)
        {
            if (frame != current && Fits(frame, cues))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>The first dated frame whose date agrees with <paramref name="date"/>, or null.</summary>
    private static EventFrame? FirstOfDate(List<EventFrame> frames, DateInterval date)
    {
        foreach (var frame in frames)
        {
            if (frame.Date is not null && EventCompatibility.DatesAgree(frame.Date, date))
            {
                return frame;
            }
        }

        return null;
    }

    private EventFrame Open(List<EventFrame> frames, string documentId, DateOnly? published, SentenceCues cues)
    {
        var frame = new EventFrame(documentId, published, frames.Count);
        frame.Absorb(cues, vocabulary);
        frames.Add(frame);
        return frame;
    }

    /// <summary>
    /// Whether an attack sentence cannot be about <paramref name="frame"/>. Another specific attack type (drones after
    /// missiles) breaks only across paragraphs, since one paragraph may list the missiles and drones of one barrage. A
    /// new place breaks only when it neither shares the paragraph nor follows closely on the last attack sentence: an
    /// account goes on from the region to the airport and the village hit, often one sentence per line.
    /// </summary>
    private bool Breaks(EventFrame frame, SentenceCues cues, bool sameParagraph = false, bool followsAttack = false) =>
        (!sameParagraph && !followsAttack && cues.Place is { Kind: not LocationKind.Country } place
            && compatibility.Compare(frame.Place, frame.Places, place, [place]) == PlaceMatch.Different)
        || (!sameParagraph && !compatibility.TypesAgree(frame.Type, cues.Type))
        || !EventCompatibility.DatesAgree(frame.Date, cues.Date)
        || (cues.IsBackground && !frame.IsBackground)
        || EventCompatibility.TargetsContradict(frame.Targets, cues.Targets);

    /// <summary>Whether a sentence positively points back at an earlier frame (same place or same date) without contradicting it.</summary>
    private bool Fits(EventFrame frame, SentenceCues cues)
    {
        if (Breaks(frame, cues) || !compatibility.TypesAgree(frame.Type, cues.Type))
        {
            return false;
        }

        var place = compatibility.Compare(frame.Place, cues.Place);
        return place == PlaceMatch.Same || (frame.Date is not null && cues.Date is not null);
    }

    /// <summary>Without sentences there are no cues: all claims are about one event.</summary>
    private static IReadOnlyList<EventFrame> Unsplit(DocumentAnalysis analysis)
    {
        if (analysis.Claims.Count == 0)
        {
            return [];
        }

        var frame = new EventFrame(analysis.Document.Id, analysis.Document.Published, 0);
        frame.Claims.AddRange(analysis.Claims);
        return [frame];
    }

    /// <summary>
    /// The claims sentence by sentence, each sentence's in quote order: sentence i's are <c>claims[starts[i]..starts[i + 1]]</c>.
    /// Two arrays per document, where a list per sentence with claims and an array of them all cost a third of the frames' allocations.
    /// </summary>
    private static (Claim[] Claims, int[] Starts) ClaimsBySentence(DocumentAnalysis analysis)
    {
        // A counting sort by sentence, which keeps the claims of a sentence in their order in the analysis.
        var all = analysis.Claims;
        var starts = new int[analysis.Sentences.Count + 1];
        for (var c = 0; c < all.Count; c++)
        {
            starts[SentenceOf(analysis, all[c]) + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        // Filling moves each sentence's start to its end, which is the next sentence's start: shifted back after.
        var claims = new Claim[all.Count];
        for (var c = 0; c < all.Count; c++)
        {
            claims[starts[SentenceOf(analysis, all[c])]++] = all[c];
        }

        for (var i = starts.Length - 1; i > 0; i--)
        {
            starts[i] = starts[i - 1];
        }

        starts[0] = 0;
        for (var i = 0; i + 1 < starts.Length; i++)
        {
            // The sort a list of the sentence's claims got, on the same sequence: equal starts end in the same order.
            claims.AsSpan(starts[i], starts[i + 1] - starts[i]).Sort((a, b) => a.Evidence.Span.Start.CompareTo(b.Evidence.Span.Start));
        }

        return (claims, starts);
    }

    /// <summary>The sentence an extractor read for <paramref name="claim"/>, which may differ from the quote's ("Yet less than 24 hours later." dates the next sentence's strike).</summary>
    private static int SentenceOf(DocumentAnalysis analysis, Claim claim) => IndexOf(analysis, claim.Evidence.Sentence.Start);

    /// <summary>The sentence holding <paramref name="offset"/> (binary search; the last one before it when between sentences).</summary>
    private static int IndexOf(DocumentAnalysis analysis, int offset)
    {
        var sentences = analysis.Sentences;
        int low = 0, high = sentences.Count - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Span.Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
