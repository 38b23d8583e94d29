using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace PainDrip.Core.Intake;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO <c>yyyy-MM-dd</c> string.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be a string like 2026-03-02.");
        }
        var result = LocalDatePattern.Iso.Parse(reader.GetString() ?? "");
        return result.Success ? result.Value : throw new JsonException("A date must look like 2026-03-02.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
