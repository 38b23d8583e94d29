using System.Text.Json;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Reads SendGrid's error body <c>{"errors":[{"message","field","help"}]}</c> into readable lines.</summary>
internal static class SendGridErrors
{
    private const int MaxRawLength = 500;

    public static IReadOnlyList<string> Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return errors.EnumerateArray().Select(Describe).ToList();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): fall through and keep the start of the text.
        }
        return [body.Length > MaxRawLength ? body[..MaxRawLength] : body];
    }

    private static string Describe(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : error.ToString();
        return error.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? $"{message} (field {f.GetString()})" : message;
    }
}
