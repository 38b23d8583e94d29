using System.Globalization;
using System.Text.Json;
using Azure;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// Writes and reads the table service's JSON, annotating what plain JSON cannot say:
/// Int64 (as a string), Double (so 2.0 stays a double), DateTime, Guid and Binary.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static object CheckSupported(string name, object value) => name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag"
        ? throw new ArgumentException($"'{name}' is a system property; set it through TableEntity.{name}.", nameof(name))
        : value switch
    {
        string or int or long or bool or double or DateTimeOffset or Guid or byte[] => value,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, dateTime.Kind == DateTimeKind.Local
            ? DateTimeKind.Local : DateTimeKind.Utc)),
        _ => throw new ArgumentException(
            $"Property '{name}' is a {value.GetType().Name}; tables store string, int, long, bool, double, "
            + "DateTimeOffset, Guid and byte[].", nameof(value)),
    };

    public static byte[] Serialize(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity)
            {
                WriteProperty(writer, name, value);
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static TableEntity Deserialize(JsonElement json)
    {
        var entity = new TableEntity();
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }
            var edmType = json.TryGetProperty(name + TypeSuffix, out var type) ? type.GetString() : null;
            switch (name)
            {
                case "PartitionKey": entity.PartitionKey = property.Value.GetString() ?? ""; break;
                case "RowKey": entity.RowKey = property.Value.GetString() ?? ""; break;
                case "Timestamp": entity.Timestamp = ParseDate(property.Value.GetString()!); break;
                default: entity[name] = ReadValue(property.Value, edmType); break;
            }
        }
        if (json.TryGetProperty("odata.etag", out var etag) && etag.GetString() is { } tag)
        {
            entity.ETag = new ETag(tag);
        }
        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s: writer.WriteString(name, s); break;
            case int i: writer.WriteNumber(name, i); break;
            case bool b: writer.WriteBoolean(name, b); break;
            case long l: WriteTyped(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: WriteDouble(writer, name, d); break;
            case DateTimeOffset t: WriteTyped(writer, name, "Edm.DateTime", FormatDate(t)); break;
            case Guid g: WriteTyped(writer, name, "Edm.Guid", g.ToString("D")); break;
            case byte[] bytes: WriteTyped(writer, name, "Edm.Binary", Convert.ToBase64String(bytes)); break;
            default: throw new ArgumentException($"Property '{name}' has an unsupported type.", nameof(value));
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        writer.WriteString(name + TypeSuffix, "Edm.Double");
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void WriteTyped(Utf8JsonWriter writer, string name, string edmType, string text)
    {
        writer.WriteString(name + TypeSuffix, edmType);
        writer.WriteString(name, text);
    }

    private static object ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.DateTime" => ParseDate(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => Convert.FromBase64String(value.GetString()!),
        _ => ReadUntyped(value),
    };

    private static object ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Unexpected JSON {value.ValueKind} in a table entity."),
    };

    internal static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
