using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// ML.NET's text normalization as the shipped recipes set it (lower case, diacritics removed, punctuation and numbers
/// kept), one character at a time: ML.NET maps each character on its own to one character or none. ASCII is mapped
/// here; any other character is asked of ML.NET's own normalizer once and remembered, so no diacritics table is copied.
/// </summary>
internal sealed class CharNormalizer
{
    private const int Unknown = -1;
    private const int Removed = -2;

    private readonly int[] _map = new int[char.MaxValue + 1];
    private readonly Lock _engineLock = new();
    private readonly PredictionEngine<TextInput, TextOutput> _engine;

    public CharNormalizer(MLContext ml)
    {
        _map.AsSpan().Fill(Unknown);
        for (var c = 0; c < 128; c++)
        {
            _map[c] = c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c;
        }

        var normalizer = ml.Transforms.Text.NormalizeText(nameof(TextOutput.Normalized), nameof(TextInput.Text), TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: true, keepNumbers: true);
        _engine = ml.Model.CreatePredictionEngine<TextInput, TextOutput>(normalizer.Fit(ml.Data.LoadFromEnumerable(Array.Empty<TextInput>())));
    }

    /// <summary>Writes the normalized <paramref name="text"/> to <paramref name="destination"/> (as long at least) and returns its length.</summary>
    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            var mapped = _map[c];
            if (mapped == Unknown)
            {
                mapped = Learn(c);
            }

            if (mapped != Removed)
            {
                destination[length++] = (char)mapped;
            }
        }

        return length;
    }

    private int Learn(char c)
    {
        lock (_engineLock)
        {
            var normalized = _engine.Predict(new TextInput { Text = c.ToString() }).Normalized;
            var mapped = normalized.Length == 0 ? Removed : normalized[0];
            _map[c] = mapped;
            return mapped;
        }
    }

    private sealed class TextInput
    {
        public string Text { get; set; } = "";
    }

    private sealed class TextOutput
    {
        public string Normalized { get; set; } = "";
    }
}
