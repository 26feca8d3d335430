using BenchmarkDotNet.Attributes;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Events;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Scoring;
using ClaimTracker.Text;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Each pipeline stage, and the whole pipeline, over the whole corpus per operation on one thread. Later stages get
/// the earlier stages' output precomputed, so each row is that stage's own cost.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PipelineConfig))]
public class PipelineBenchmarks
{
    private IReadOnlyList<Document> _documents = [];
    private IReadOnlyList<DocumentAnalysis> _analyses = [];
    private EventGrouping _grouping = null!;
    private Dictionary<string, Document> _byId = [];
    private string[] _sentences = [];
    private string[] _claimSentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchCorpus.Default.Documents;
        _analyses = _documents.Select(ClaimExtractor.Default.Extract).ToArray();
        _grouping = EventGrouper.Default.Group(_analyses);
        _byId = _documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _sentences = _analyses.SelectMany(a => a.Sentences.Select(s => s.Span.Slice(a.Document.Text))).ToArray();
        // The extractor scores each sentence that yields a claim once, however many claims it yields.
        _claimSentences = _analyses
            .SelectMany(a => a.Claims.Select(c => c.Evidence).DistinctBy(e => e.Sentence).Select(e => e.SentenceText))
            .ToArray();
        // The models load, and are compiled, before the first measurement: a long run scores through the compiled
        // models after its first couple of thousand sentences, so that is the steady state measured.
        SentenceScorer.Default.CheckWorthinessModel.Compile();
        SentenceScorer.Default.SubjectivityModel.Compile();
    }

    [Benchmark(Description = "1 split sentences")]
    public int SplitSentences()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += SentenceSplitter.Default.Split(document.Text).Count;
        }

        return count;
    }

    [Benchmark(Description = "2a numbers")]
    public int RecognizeNumbers()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += NumberRecognizer.Default.Recognize(document.Text).Count;
        }

        return count;
    }

    [Benchmark(Description = "2b dates")]
    public int RecognizeDates()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += DateRecognizer.Default.Recognize(document.Text, document.Published).Count;
        }

        return count;
    }

    [Benchmark(Description = "2c actors")]
    public int RecognizeActors()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += ActorRecognizer.Default.Recognize(document.Text).Count;
        }

        return count;
    }

    [Benchmark(Description = "2d locations")]
    public int RecognizeLocations()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += LocationRecognizer.Default.Recognize(document.Text).Count;
        }

        return count;
    }

    [Benchmark(Description = "2 all mentions")]
    public int RecognizeMentions()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            var mentions = MentionRecognizer.Default.Recognize(document.Text, document.Published);
            count += mentions.Numbers.Count + mentions.Dates.Count;
        }

        return count;
    }

    [Benchmark(Description = "3 claims (incl. 1-2)")]
    public int ExtractClaims()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += ClaimExtractor.Default.Extract(document).Claims.Count;
        }

        return count;
    }

    /// <summary>Both models over every sentence: what scoring would cost if the extractor scored them all.</summary>
    [Benchmark(Description = "3s score all sentences")]
    public double ScoreAllSentences() => Score(_sentences);

    /// <summary>Both models over the sentences that yield claims, the ones the extractor scores (a bound: it scores subjectivity only where it can change the modality).</summary>
    [Benchmark(Description = "3s score claim sentences")]
    public double ScoreClaimSentences() => Score(_claimSentences);

    [Benchmark(Description = "4 events")]
    public int GroupEvents() => EventGrouper.Default.Group(_analyses).Events.Count;

    [Benchmark(Description = "5 conflicts")]
    public int DetectConflicts() => Conflicts.ConflictDetector.Default.Detect(_grouping.Events, _grouping.Claims, _byId).Count;

    /// <summary>Through the public entry point, so whatever the pipeline gains later is measured too.</summary>
    [Benchmark(Baseline = true, Description = "end to end, 1 thread")]
    public int EndToEnd()
    {
        var tracker = new Tracker();
        foreach (var document in _documents)
        {
            // One document per call is extracted on the calling thread.
            tracker.Add(document);
        }

        return tracker.Analyze().Claims.Count;
    }

    [Benchmark(Description = "end to end, all cores")]
    public int EndToEndParallel() => Tracker.AnalyzeAll(_documents).Claims.Count;

    private static double Score(string[] sentences)
    {
        var sum = 0.0;
        foreach (var sentence in sentences)
        {
            var score = SentenceScorer.Default.Score(sentence);
            sum += score.CheckWorthiness + score.Subjectivity;
        }

        return sum;
    }
}
