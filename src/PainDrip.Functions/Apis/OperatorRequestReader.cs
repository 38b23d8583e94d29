using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Core.Intake;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>Reads the small JSON body of an operator call, <c>{"id":"…"}</c> or <c>{"email":"…"}</c>, with a clear 4xx for anything else.</summary>
public static class OperatorRequestReader
{
    /// <summary>Operator bodies are one field; anything bigger is a mistake.</summary>
    public const int MaxBodyBytes = 4096;

    private const string Shape = """Send a JSON object with either "id" (an enrollment id) or "email" (an address).""";

    /// <summary>The person the body names, or the problem to answer with.</summary>
    public static async Task<(PersonReference? Person, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem($"Expected Content-Type application/json. {Shape}", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }
        var body = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        return length > MaxBodyBytes ? (null, TooLarge()) : Parse(body.AsSpan(0, length));
    }

    /// <summary>The person an id or address names, or a 400 problem.</summary>
    public static (PersonReference? Person, ProblemHttpResult? Problem) FromQuery(string? id) =>
        PersonReference.FromId(id) is { } person
            ? (person, null)
            : (null, BadRequest("""Add ?id=<enrollment id>, or POST {"email":"…"} so the address stays out of URLs."""));

    private static (PersonReference?, ProblemHttpResult?) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(JsonEscapes.RepairLoneSurrogates(json.ToArray()));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, BadRequest(Shape));
            }
            var id = StringField(root, "id");
            var email = StringField(root, "email");
            var person = (id, email) switch
            {
                ({ } i, null) => PersonReference.FromId(i),
                (null, { } e) => PersonReference.FromEmail(e),
                _ => null,
            };
            return person is null ? (null, BadRequest(Shape)) : (person, null);
        }
        catch (JsonException)
        {
            return (null, BadRequest($"The body is not valid JSON. {Shape}"));
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"The body is larger than {MaxBodyBytes} bytes. {Shape}", statusCode: StatusCodes.Status413PayloadTooLarge);
}
