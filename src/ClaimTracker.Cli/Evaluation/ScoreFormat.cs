using System.Globalization;

namespace ClaimTracker.Cli.Evaluation;

/// <summary>How evaluation reports print scores, counts and shares.</summary>
internal static class ScoreFormat
{
    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>"12 (40.0%)": a count with its share of <paramref name="total"/>.</summary>
    public static string CountOf(int count, int total) =>
        total == 0 ? Count(count) : string.Create(CultureInfo.InvariantCulture, $"{count} ({(double)count / total:0.0%})");

    /// <summary>An enum value as the JSON contract writes it (camelCase).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }
}
