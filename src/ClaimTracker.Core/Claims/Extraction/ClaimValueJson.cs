using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Serialization;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// Writes a claim value as the compact JSON of <see cref="ClaimTrackerJson"/> (camelCase names in declaration order,
/// enums as camelCase strings, nulls left out, plain decimals, ISO days) without the reflection of the serializer.
/// Claim ids hash this text and users store them, so it must stay the serializer's output character for character;
/// a value type written here by hand is checked against the serializer by a test, and any other type is serialized.
/// </summary>
internal static class ClaimValueJson
{
    // The contract's decimal format (PlainDecimalConverter); whole non-negative numbers skip it, custom formats are slow.
    private const string PlainDecimal = "0.############################";

    // Enum names as the contract writes them: every name here is one capital and lower-case words, so camelCase
    // lowers its first letter (a test compares every name with the serializer's).
    private static readonly string[] WeaponPhases = EnumTexts<WeaponPhase>();
    private static readonly string[] CasualtyTypes = EnumTexts<CasualtyType>();
    private static readonly string[] StanceTypes = EnumTexts<StanceType>();
    private static readonly string[] Granularities = EnumTexts<DateGranularity>();
    private static readonly string[] ActorKinds = EnumTexts<ActorKind>();
    private static readonly string[] Qualifiers = EnumTexts<NumberQualifier>();

    public static string Of(ClaimValue value)
    {
        var json = new StringBuilder(128);
        Write(json, value);
        return json.ToString();
    }

    public static void Write(StringBuilder json, ClaimValue value)
    {
        switch (value)
        {
            case WeaponCountValue weapon:
                var any = false;
                Property(json, ref any, "weapon", weapon.Weapon);
                EnumProperty(json, ref any, "phase", Enum(WeaponPhases, weapon.Phase));
                Property(json, ref any, "count", weapon.Count);
                Close(json, any);
                break;
            case CasualtyValue casualty:
                any = false;
                EnumProperty(json, ref any, "type", Enum(CasualtyTypes, casualty.Type));
                Property(json, ref any, "victims", casualty.Victims);
                Property(json, ref any, "count", casualty.Count);
                Close(json, any);
                break;
            case EventDateValue date:
                any = false;
                Name(json, ref any, "date");
                Write(json, date.Date);
                EnumProperty(json, ref any, "granularity", Enum(Granularities, date.Granularity));
                Close(json, any);
                break;
            case AttributionValue attribution:
                any = false;
                Property(json, ref any, "attacker", attribution.Attacker);
                Property(json, ref any, "target", attribution.Target);
                Close(json, any);
                break;
            case StanceValue stance:
                any = false;
                Property(json, ref any, "actor", stance.Actor);
                EnumProperty(json, ref any, "stance", Enum(StanceTypes, stance.Stance));
                Property(json, ref any, "against", stance.Against);
                Close(json, any);
                break;
            case QuantityValue quantity:
                any = false;
                Property(json, ref any, "measure", quantity.Measure);
                Property(json, ref any, "count", quantity.Count);
                Close(json, any);
                break;
            default:
                json.Append(ClaimTrackerJson.Serialize(value));
                break;
        }
    }

    private static void Write(StringBuilder json, NumberValue number)
    {
        var any = false;
        Name(json, ref any, "min");
        Write(json, number.Min);
        if (number.Max is { } max)
        {
            Name(json, ref any, "max");
            Write(json, max);
        }

        EnumProperty(json, ref any, "qualifier", Enum(Qualifiers, number.Qualifier));
        Name(json, ref any, "isExact");
        json.Append(number.IsExact ? "true" : "false");
        Close(json, any);
    }

    private static void Write(StringBuilder json, Actor actor)
    {
        var any = false;
        Property(json, ref any, "id", actor.Id);
        Property(json, ref any, "name", actor.Name);
        EnumProperty(json, ref any, "kind", Enum(ActorKinds, actor.Kind));
        Property(json, ref any, "countryId", actor.CountryId);
        Property(json, ref any, "role", actor.Role);
        Close(json, any);
    }

    private static void Write(StringBuilder json, DateInterval interval)
    {
        var any = false;
        Name(json, ref any, "start");
        Write(json, interval.Start);
        Name(json, ref any, "end");
        Write(json, interval.End);
        Name(json, ref any, "days");
        Span<char> digits = stackalloc char[16];
        interval.Days.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        json.Append(digits[..written]);
        Close(json, any);
    }

    /// <summary>As "yyyy-MM-dd" writes it, digit by digit: a custom date format is parsed again at every call.</summary>
    private static void Write(StringBuilder json, DateOnly day)
    {
        Span<char> text = stackalloc char[12];
        text[0] = '"';
        Digits(text.Slice(1, 4), day.Year);
        text[5] = '-';
        Digits(text.Slice(6, 2), day.Month);
        text[8] = '-';
        Digits(text.Slice(9, 2), day.Day);
        text[11] = '"';
        json.Append(text);
    }

    /// <summary>Writes <paramref name="value"/> zero-padded to the span's width (a DateOnly year has at most four digits).</summary>
    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>As the contract writes decimals: no forced fraction, no exponent.</summary>
    private static void Write(StringBuilder json, decimal number)
    {
        if (decimal.IsInteger(number) && !decimal.IsNegative(number) && number <= ulong.MaxValue)
        {
            Span<char> digits = stackalloc char[24];
            ((ulong)number).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
            json.Append(digits[..written]);
        }
        else
        {
            json.Append(number.ToString(PlainDecimal, CultureInfo.InvariantCulture));
        }
    }

    private static void Property(StringBuilder json, ref bool any, string name, NumberValue? number)
    {
        if (number is not null)
        {
            Name(json, ref any, name);
            Write(json, number);
        }
    }

    private static void Property(StringBuilder json, ref bool any, string name, Actor? actor)
    {
        if (actor is not null)
        {
            Name(json, ref any, name);
            Write(json, actor);
        }
    }

    private static void Property(StringBuilder json, ref bool any, string name, string? text)
    {
        if (text is not null)
        {
            Name(json, ref any, name);
            JsonString.Write(json, text);
        }
    }

    /// <summary>Writes an enum value already in its JSON form (a quoted name, or a number when it has none).</summary>
    private static void EnumProperty(StringBuilder json, ref bool any, string name, string value)
    {
        Name(json, ref any, name);
        json.Append(value);
    }

    private static void Name(StringBuilder json, ref bool any, string name)
    {
        json.Append(any ? ',' : '{').Append('"').Append(name).Append("\":");
        any = true;
    }

    private static void Close(StringBuilder json, bool any) => json.Append(any ? "}" : "{}");

    private static string Enum<T>(string[] texts, T value)
        where T : struct, Enum
    {
        var index = Unsafe.BitCast<T, int>(value);
        // A value without a name is written as its number, as the serializer's enum converter does.
        return (uint)index < (uint)texts.Length ? texts[index] : index.ToString(CultureInfo.InvariantCulture);
    }

    private static string[] EnumTexts<T>()
        where T : struct, Enum
    {
        // Indexed by the value's number: every enum here numbers its values 0..n-1.
        var texts = new string[System.Enum.GetValues<T>().Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var name = System.Enum.GetName(Unsafe.BitCast<int, T>(i));
            texts[i] = name is null ? i.ToString(CultureInfo.InvariantCulture) : $"\"{char.ToLowerInvariant(name[0])}{name[1..]}\"";
        }

        return texts;
    }
}
