using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Checks the Inbound Parse shared secret before a single byte of the body is read.</summary>
public static class InboundParseGuard
{
    /// <summary>The query parameter carrying the secret in the configured Parse URL.</summary>
    public const string KeyParameter = "key";

    /// <summary>
    /// Whether the request carries the secret, as <c>?key=</c> or as the password of HTTP basic auth.
    /// Looks only at the query string and headers. An empty configured secret authorizes nothing.
    /// </summary>
    public static bool IsAuthorized(HttpRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }
        string?[] candidates = [.. request.Query[KeyParameter], BasicAuthPassword(request)];
        // Every candidate is compared, so timing does not reveal which one matched.
        var authorized = false;
        foreach (var candidate in candidates)
        {
            authorized |= FixedTimeEquals(candidate, secret);
        }
        return authorized;
    }

    private static string? BasicAuthPassword(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':');
            return colon >= 0 ? decoded[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Hashing first makes the comparison length-independent as well as constant-time.
    private static bool FixedTimeEquals(string? candidate, string secret)
    {
        if (candidate is null)
        {
            return false;
        }
        var left = SHA256.HashData(Encoding.UTF8.GetBytes(candidate));
        var right = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
