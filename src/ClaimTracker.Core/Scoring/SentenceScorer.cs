using ClaimTracker.Resources;
using ClaimTracker.Text;

namespace ClaimTracker.Scoring;

/// <summary>
/// Scores sentences for check-worthiness and subjectivity with two small ML.NET models. <see cref="Default"/> holds the
/// models embedded in this library, loaded once on first use. Every member is thread-safe.
/// </summary>
/// <example>
/// <code>
/// foreach (var sentence in SentenceScorer.Default.Rank(articleText).Take(5))
///     Console.WriteLine($"{sentence.Score.CheckWorthiness:0.00} {sentence.Text}");
/// </code>
/// </example>
public sealed class SentenceScorer
{
    internal const string CheckWorthinessFile = "check-worthiness.zip";
    internal const string SubjectivityFile = "subjectivity.zip";
    internal const string ModelCardFile = "model-card.json";

    private static readonly Lazy<SentenceScorer> Embedded = new(LoadEmbedded);

    internal SentenceScorer(BinaryTextModel checkWorthiness, BinaryTextModel subjectivity)
    {
        CheckWorthinessModel = checkWorthiness;
        SubjectivityModel = subjectivity;
    }

    /// <summary>The scorer with the models shipped in this library.</summary>
    public static SentenceScorer Default => Embedded.Value;

    internal BinaryTextModel CheckWorthinessModel { get; }

    internal BinaryTextModel SubjectivityModel { get; }

    /// <summary>Scores one sentence; never throws on any string.</summary>
    /// <param name="sentence">The sentence text.</param>
    public SentenceScore Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new SentenceScore(CheckWorthinessModel.Probability(sentence), SubjectivityModel.Probability(sentence));
    }

    /// <summary>Splits <paramref name="text"/> into sentences and lists them by check-worthiness, highest first (ties in reading order).</summary>
    /// <param name="text">An article or any text.</param>
    public IReadOnlyList<RankedSentence> Rank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Default.Split(text)
            .Select(sentence => (sentence, Text: sentence.Span.Slice(text)))
            .Where(s => s.Text.Any(char.IsLetterOrDigit))
            .ToArray();
        var texts = sentences.Select(s => s.Text).ToArray();
        var checkWorthiness = CheckWorthinessModel.Probabilities(texts);
        var subjectivity = SubjectivityModel.Probabilities(texts);
        return sentences
            .Select((s, i) => new RankedSentence(s.sentence.Index, s.sentence.Span, s.Text, new SentenceScore(checkWorthiness[i], subjectivity[i])))
            .OrderByDescending(s => s.Score.CheckWorthiness)
            .ThenBy(s => s.Index)
            .ToArray();
    }

    /// <summary>The card of the shipped models: the data they were trained on and the figures they measured.</summary>
    internal static TrainingReport ReadShippedCard() => EmbeddedData.Read<TrainingReport>("Scoring/Models/" + ModelCardFile);

    private static SentenceScorer LoadEmbedded() => new(Open(CheckWorthinessFile), Open(SubjectivityFile));

    private static BinaryTextModel Open(string file)
    {
        var name = "ClaimTracker.Scoring.Models." + file;
        using var stream = typeof(SentenceScorer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded model '{name}' is missing from the build.");
        return BinaryTextModel.Load(stream);
    }
}
