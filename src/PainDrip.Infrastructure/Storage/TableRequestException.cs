using System.Text.Json;
using Azure;

namespace PainDrip.Infrastructure.Storage;

/// <summary>
/// A request Table Storage refused, with its HTTP status and error code. Derives from
/// <see cref="RequestFailedException"/> like the official SDK's failures, so callers can
/// catch either.
/// </summary>
public sealed class TableRequestException : RequestFailedException
{
    public TableRequestException(int status, string? errorCode, string message, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
    }

    internal static TableRequestException FromResponse(Response response, string operation)
    {
        var (bodyCode, detail) = ReadErrorBody(response);
        var code = response.Headers.TryGetValue("x-ms-error-code", out var headerCode) ? headerCode : bodyCode;
        var message = $"Table Storage answered {response.Status} {code ?? response.ReasonPhrase} to {operation}."
            + (detail is null ? "" : " " + detail);
        return new TableRequestException(response.Status, code, message);
    }

    private static (string? Code, string? Detail) ReadErrorBody(Response response)
    {
        try
        {
            if (response.Content is null || response.Content.ToMemory().Length == 0)
            {
                return (null, null);
            }
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            if (!json.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var detail = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v)
                ? v.GetString()
                : null;
            // The service appends RequestId and Time lines; the first line is the explanation.
            return (code, detail?.Split('\n')[0].Trim());
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}

/// <summary>Error codes the table service returns (the <c>x-ms-error-code</c> header).</summary>
public static class TableErrorCode
{
    public const string EntityAlreadyExists = nameof(EntityAlreadyExists);
    public const string UpdateConditionNotSatisfied = nameof(UpdateConditionNotSatisfied);
    public const string ResourceNotFound = nameof(ResourceNotFound);
    public const string TableNotFound = nameof(TableNotFound);
    public const string TableAlreadyExists = nameof(TableAlreadyExists);
    public const string EntityTooLarge = nameof(EntityTooLarge);
    public const string PropertyValueTooLarge = nameof(PropertyValueTooLarge);
    public const string InvalidInput = nameof(InvalidInput);
    public const string AuthenticationFailed = nameof(AuthenticationFailed);
    public const string AuthorizationFailure = nameof(AuthorizationFailure);
}
