using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ClaimTracker.Serialization;

/// <summary>
/// The project's JSON contract, shared by the command line, the REST API and library users: camelCase names, enums
/// as camelCase strings, dates as ISO 8601 (<c>yyyy-MM-dd</c> for dates), nulls omitted.
/// </summary>
public static class ClaimTrackerJson
{
    /// <summary>Settings for <see cref="JsonConvert"/>; create a serializer from them with <see cref="CreateSerializer"/>.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings(Formatting.None);

    /// <summary>Settings as <see cref="Settings"/>, with indentation for people to read.</summary>
    public static JsonSerializerSettings IndentedSettings { get; } = CreateSettings(Formatting.Indented);

    // Serializers are safe to share across threads once configured; making one per call cost more than the writing.
    private static readonly JsonSerializer Compact = JsonSerializer.Create(Settings);
    private static readonly JsonSerializer Indented = JsonSerializer.Create(IndentedSettings);

    /// <summary>Serializes <paramref name="value"/> under the contract.</summary>
    /// <param name="value">What to serialize.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static string Serialize(object? value, bool indented = false)
    {
        var serializer = indented ? Indented : Compact;
        using var text = new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = serializer.Formatting })
        {
            serializer.Serialize(json, value);
        }

        return text.ToString();
    }

    /// <summary>A new serializer configured with <see cref="Settings"/>.</summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(Settings);

    private static JsonSerializerSettings CreateSettings(Formatting formatting) => new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()), new PlainDecimalConverter() },
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = formatting,
        FloatParseHandling = FloatParseHandling.Decimal,
        MaxDepth = 64,
    };
}
