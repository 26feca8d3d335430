using Newtonsoft.Json.Linq;

namespace ClaimTracker.Scoring.Training;

/// <summary>Reads ClaimBuster's two-class file (<c>2.5xNCS.json</c>): an array of <c>{sentence_id, label, text}</c>, label 1 = CFS.</summary>
internal static class ClaimBusterReader
{
    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        var rows = JArray.Parse(File.ReadAllText(path));
        return rows
            .Select(row => new LabelledSentence(((string?)row["text"] ?? "").Trim(), (int?)row["label"] == 1))
            .Where(row => row.Text.Length > 0)
            .ToArray();
    }
}
