using ClaimTracker.Claims.Extraction;

namespace ClaimTracker.Tests.Claims.Extraction;

/// <summary>
/// Runs an extractor with its sentence shortcut on and off over the seed and gold articles and over a text that uses
/// every rule, and requires the same drafts: a shortcut that drops a claim fails here. The sentences carry the
/// pipeline's trigger index, as in the pipeline, so the shortcut reads its word sets from it.
/// </summary>
internal static class ShortcutDifferential
{
    public static TheoryData<string> ArticlesAnd(params string[] rulePhrasings)
    {
        var data = new TheoryData<string>();
        foreach (var text in ArticleTexts.SeedsAndGoldArticles().Concat(rulePhrasings))
        {
            data.Add(text);
        }

        return data;
    }

    public static void AssertSameDrafts(IClaimExtractor fast, IClaimExtractor full, string text)
    {
        foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8), triggers: ClaimExtractors.Triggers))
        {
            var fastDrafts = new List<ClaimDraft>();
            var fullDrafts = new List<ClaimDraft>();
            fast.Extract(sentence, fastDrafts);
            full.Extract(sentence, fullDrafts);

            fastDrafts.Should().BeEquivalentTo(fullDrafts, options => options.WithStrictOrdering(), sentence.Text);
        }
    }

    /// <summary>How many drafts the extractor finds in <paramref name="text"/>: the rule phrasings must really exercise the rules.</summary>
    public static int Drafts(IClaimExtractor extractor, string text)
    {
        var drafts = new List<ClaimDraft>();
        foreach (var sentence in Sentences.Of(text, new DateOnly(2026, 3, 8)))
        {
            extractor.Extract(sentence, drafts);
        }

        return drafts.Count;
    }
}
