using System.Globalization;
using Newtonsoft.Json;

namespace ClaimTracker.Serialization;

/// <summary>Writes decimals as plain JSON numbers without a forced fraction: 4 rather than 4.0, 4100000 rather than 4100000.0.</summary>
internal sealed class PlainDecimalConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal number)
        {
            writer.WriteRawValue(number.ToString("0.############################", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull();
        }
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        reader.Value is null ? null : Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture);
}
