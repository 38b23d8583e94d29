using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>
/// Guards the operator endpoints when the app runs without the Functions host: the caller must send
/// <c>x-functions-key</c> equal to <see cref="OperatorOptions.Key"/>, or, with no key configured, call from loopback.
/// </summary>
public sealed class OperatorKeyFilter(IOptions<OperatorOptions> options, ILogger<OperatorKeyFilter> logger) : IEndpointFilter
{
    public const string KeyHeader = "x-functions-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (settings.BehindFunctionsHost)
        {
            return await next(context);
        }
        var http = context.HttpContext;
        if (settings.Key.Length == 0)
        {
            return IPAddress.IsLoopback(http.Connection.RemoteIpAddress ?? IPAddress.None)
                ? await next(context)
                : Refuse(http, StatusCodes.Status403Forbidden,
                    "No operator key is configured, so only callers on this machine may use this endpoint. Set OperatorOptions:Key.");
        }
        var sent = http.Request.Headers[KeyHeader].ToString();
        return sent.Length > 0 && FixedTimeEquals(sent, settings.Key)
            ? await next(context)
            : Refuse(http, StatusCodes.Status401Unauthorized, $"Send the operator key in the {KeyHeader} header.");
    }

    private IResult Refuse(HttpContext http, int status, string detail)
    {
        OperatorLog.Refused(logger, http.Request.Path, status == StatusCodes.Status401Unauthorized ? "missing or wrong key" : "not loopback");
        return TypedResults.Problem(detail, statusCode: status);
    }

    // Hashing first makes the comparison independent of length as well as constant-time.
    private static bool FixedTimeEquals(string candidate, string key) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
