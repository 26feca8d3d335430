using System.CommandLine;
using System.Globalization;
using ClaimTracker.Recognition;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker recognize "&lt;text&gt;"</c>: what the number, date, actor and location recognizers find.</summary>
internal static class RecognizeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to read; '-' reads standard input." };
        var published = PublishedOption.Create();
        var format = FormatOption.Create();
        var command = new Command("recognize", "Show the numbers, dates, actors and places found in a text, with their character spans.")
        {
            text,
            published,
            format,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            return Run(input == "-" ? Console.In.ReadToEnd() : input, parse.GetValue(published), parse.GetValue(format), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(string text, DateOnly? published, OutputFormat format, TextWriter output)
    {
        var mentions = MentionRecognizer.Default.Recognize(text, published);
        if (format == OutputFormat.Json)
        {
            output.WriteLine(ClaimTrackerJson.Serialize(new { text, published, mentions.Numbers, mentions.Dates, mentions.Actors, mentions.Locations }, indented: true));
            return 0;
        }

        WriteSection(output, "Numbers", mentions.Numbers.Select(n => (n.Span, n.Text, Describe(n))));
        WriteSection(output, "Dates", mentions.Dates.Select(d => (d.Span, d.Text, Describe(d))));
        WriteSection(output, "Actors", mentions.Actors.Select(a => (a.Span, a.Text, $"{a.Actor.Name} [{a.Actor.Id}] {Lower(a.Actor.Kind)}, {Lower(a.Form)}")));
        WriteSection(output, "Locations", mentions.Locations.Select(l => (l.Span, l.Text, $"{l.Location.Name} {Lower(l.Location.Kind)}{(l.Location.CountryId is { } country ? $" in {country}" : "")}")));
        return 0;
    }

    private static string Describe(Recognition.Numbers.NumberMention number)
    {
        var value = number.Value;
        var range = value.Max == value.Min
            ? Format(value.Min)
            : $"{Format(value.Min)}..{(value.Max is { } max ? Format(max) : "")}";
        var currency = number.CurrencyCode is { } code ? " " + code : "";
        return $"{range}{currency} {Lower(number.Kind)}, {Lower(value.Qualifier)}";
    }

    private static string Describe(Recognition.Dates.DateMention date) =>
        date.Value is { } value
            ? $"{value} {Lower(date.Granularity)}, {Lower(date.Resolution)}"
            : $"unresolved{(date.Offset is { } offset ? $" (offset {offset.Min}..{offset.Max} {Lower(offset.Unit)}s)" : "")}";

    private static void WriteSection(TextWriter output, string title, IEnumerable<(Documents.TextSpan Span, string Text, string Value)> rows)
    {
        var table = new TextTable("SPAN", "TEXT", "VALUE");
        var count = 0;
        foreach (var (span, text, value) in rows)
        {
            table.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Start}-{span.End}"), text, value);
            count++;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({count})"));
        if (count > 0)
        {
            table.Write(output);
        }

        output.WriteLine();
    }

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>An enum value as the JSON contract writes it (camelCase).</summary>
    private static string Lower<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
    }
}
