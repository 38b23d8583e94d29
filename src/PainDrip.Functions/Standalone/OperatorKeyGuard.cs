using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Standalone;

/// <summary>
/// Stands in for the host's function keys in standalone mode only (under the host, the host checks them): the caller
/// must send <c>x-functions-key</c> equal to <see cref="OperatorOptions.Key"/>, or, with no key configured, call from loopback.
/// </summary>
public sealed class OperatorKeyGuard(IOptions<OperatorOptions> options, ILogger<OperatorKeyGuard> logger)
{
    public const string KeyHeader = "x-functions-key";

    /// <summary>The refusal to answer with, or <see langword="null"/> when the caller may go on.</summary>
    public IResult? Check(HttpContext http)
    {
        var key = options.Value.Key;
        if (key.Length == 0)
        {
            return IPAddress.IsLoopback(http.Connection.RemoteIpAddress ?? IPAddress.None)
                ? null
                : Refuse(http, StatusCodes.Status403Forbidden,
                    "No operator key is configured, so only callers on this machine may use this endpoint. Set OperatorOptions:Key.");
        }
        var sent = http.Request.Headers[KeyHeader].ToString();
        return sent.Length > 0 && FixedTimeEquals(sent, key)
            ? null
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
