using ClaimTracker.Scoring;
using ClaimTracker.Scoring.Training;
using ClaimTracker.Text;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Tests.Scoring;

/// <summary>
/// The compiled sentence models give ML.NET's probabilities bit for bit on every sentence at hand: the labelled
/// training and test data, the seed articles, the gold articles and, when <c>../shared/data</c> is present, the
/// gva-dev articles.
/// </summary>
public class CompiledTextModelTests
{
    private static readonly string[] Odd =
    [
        "", " ", "x", ".", "É", "a|b c", "Ünïcödé ÀÉÎÕÜ façade naïve", "tab\there", "line\nbreak", "emoji 😀 here",
        "double  spaces   between words", " leading and trailing ", "\u0301combining", "ǅ title case İ", "ÉTÉ 2024: 42%",
    ];

    public static TheoryData<string> Models => new() { "check-worthiness", "subjectivity" };

    [Theory]
    [MemberData(nameof(Models))]
    public void The_shipped_model_compiles(string name) => Model(name).Compile().Should().BeTrue();

    [Fact]
    public void A_model_compiles_only_once_it_has_scored_many_sentences_and_scores_the_same_after()
    {
        using var zip = typeof(SentenceScorer).Assembly.GetManifestResourceStream("ClaimTracker.Scoring.Models.subjectivity.zip")!;
        var model = BinaryTextModel.Load(zip);
        const string Sentence = "The minister said the figures were, frankly, a disgrace.";
        var before = model.Probability(Sentence);
        for (var i = 1; i < BinaryTextModel.CompileAfter - 1; i++)
        {
            model.Probability(Sentence);
        }

        model.CompileStarted.Should().BeFalse();
        model.Probability(Sentence);
        model.CompileStarted.Should().BeTrue();
        model.Compile().Should().BeTrue();
        model.Probability(Sentence).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_compiled_model_gives_ML_NETs_probability_on_every_labelled_sentence(string name)
    {
        var data = RepositoryFiles.PathOf("data", "training");
        var sentences = ClaimBusterReader.Read(Path.Combine(data, "claimbuster", "2.5xNCS.json"))
            .Concat(new[] { "train.csv", "val.csv", "test.csv" }.SelectMany(file => NewsSdReader.Read(Path.Combine(data, "newssd-eng", file))))
            .Select(s => s.Text);

        ShouldMatchMlNet(Model(name), sentences.Concat(Odd));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_compiled_model_gives_ML_NETs_probability_on_every_sentence_of_the_seed_and_gold_articles(string name)
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("seeds"), "*.txt").Concat(Directory.GetFiles(RepositoryFiles.PathOf("tests", "gold", "articles"), "*.txt"));

        ShouldMatchMlNet(Model(name), files.SelectMany(file => SentencesOf(File.ReadAllText(file))));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_compiled_model_gives_ML_NETs_probability_on_every_sentence_of_the_gva_articles(string name)
    {
        var folder = RepositoryFiles.PathOf("..", "shared", "data", "gva-dev", "incidents");
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"{folder} is absent: the gva-dev articles are not checked.");
            return;
        }

        var texts = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "gold.json")
            .Select(file => JObject.Parse(File.ReadAllText(file)).Value<string>("text") ?? "");

        ShouldMatchMlNet(Model(name), texts.SelectMany(SentencesOf));
    }

    private static BinaryTextModel Model(string name) => name == "check-worthiness" ? SentenceScorer.Default.CheckWorthinessModel : SentenceScorer.Default.SubjectivityModel;

    private static IEnumerable<string> SentencesOf(string text) => SentenceSplitter.Default.Split(text).Select(sentence => sentence.Span.Slice(text));

    private static void ShouldMatchMlNet(BinaryTextModel model, IEnumerable<string> sentences)
    {
        var all = sentences.Distinct(StringComparer.Ordinal).ToArray();
        var compiled = 0;
        var differing = new List<string>();
        foreach (var sentence in all)
        {
            var expected = model.MlNetProbability(sentence);
            if (model.TryCompiledProbability(sentence, out var probability))
            {
                compiled++;
                if (BitConverter.SingleToInt32Bits(probability) != BitConverter.SingleToInt32Bits(expected))
                {
                    differing.Add($"{probability:R} vs {expected:R}: {sentence}");
                }
            }

            model.Probability(sentence).Should().Be(float.IsNaN(expected) ? 0 : Math.Round(expected, 4), sentence);
        }

        differing.Should().BeEmpty();

        // The compiled model must do the work, not hand it all back to ML.NET.
        compiled.Should().BeGreaterThan(all.Length * 95 / 100, $"of {all.Length} sentences");
    }
}
