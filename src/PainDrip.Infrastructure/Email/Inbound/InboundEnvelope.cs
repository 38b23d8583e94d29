using System.Text.Json;
using PainDrip.Core.Intake;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>The SMTP envelope SendGrid reports in the <c>envelope</c> field: the real RCPT TO addresses and MAIL FROM.</summary>
internal sealed record InboundEnvelope(IReadOnlyList<string> To, string? From)
{
    public static InboundEnvelope None { get; } = new([], null);

    /// <summary>Parses <c>{"to":["a@x"],"from":"b@y"}</c>; <c>to</c> may also be a single string. Throws <see cref="InvalidDataException"/> on broken JSON.</summary>
    public static InboundEnvelope Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return None;
        }
        try
        {
            using var document = JsonDocument.Parse(JsonEscapes.RepairLoneSurrogates(json));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("The envelope field is not a JSON object.");
            }
            var to = root.TryGetProperty("to", out var toElement) ? Strings(toElement) : [];
            var from = root.TryGetProperty("from", out var fromElement) && fromElement.ValueKind == JsonValueKind.String
                ? fromElement.GetString()
                : null;
            return new InboundEnvelope(to, from);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("The envelope field is not valid JSON.", exception);
        }
    }

    /// <summary>Parses the <c>charsets</c> field (<c>{"text":"iso-8859-1",…}</c>); anything unreadable means "none declared".</summary>
    public static IReadOnlyDictionary<string, string> ParseCharsets(string? json)
    {
        var charsets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(json))
        {
            return charsets;
        }
        try
        {
            using var document = JsonDocument.Parse(JsonEscapes.RepairLoneSurrogates(json));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    charsets[property.Name] = property.Value.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Charsets only refine decoding; without them every field is read as UTF-8.
        }
        return charsets;
    }

    private static List<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToList(),
        _ => [],
    };
}
