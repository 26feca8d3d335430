namespace ClaimTracker.Api.Tests;

/// <summary>Short articles written for these tests (not the seeds), built so that some sources disagree.</summary>
internal static class Articles
{
    public static object Strike(string source, int injured, string? id = null, string city = "Kharkiv", string published = "2025-06-12") => new
    {
        id,
        source,
        published,
        title = $"Strike on {city}",
        text = $"Russian drones struck {city} on Tuesday. {Words(injured)} civilians were injured in the attack, {source} reported.",
    };

    public static string Words(int n) => n switch
    {
        1 => "One",
        2 => "Two",
        3 => "Three",
        4 => "Four",
        5 => "Five",
        6 => "Six",
        7 => "Seven",
        8 => "Eight",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
