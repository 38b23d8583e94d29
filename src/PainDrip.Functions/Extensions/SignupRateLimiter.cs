using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PainDrip.Functions.Extensions;

/// <summary>
/// The limits on sign-ups, per client network address and per email address, taken inside the Enroll function so they
/// hold the same under the Functions host (which has no endpoint metadata for ASP.NET Core's rate-limiting middleware)
/// and in standalone mode. Called only for sign-ups that could be read, so a person fixing typos is never counted.
/// </summary>
public sealed class SignupRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly int _trustedProxies;

    public SignupRateLimiter(IOptions<EnrollmentOptions> options)
    {
        var settings = options.Value;
        _trustedProxies = settings.TrustedProxyCount;
        _clients = Create(settings.PermitLimit, settings.Window);
        _addresses = Create(settings.PerAddressLimit, settings.Window);
    }

    /// <summary>The 429 answer (with <c>Retry-After</c> set) when this client or this address is over its limit, else <see langword="null"/>.</summary>
    /// <param name="context">The request, for the client's address.</param>
    /// <param name="canonicalEmail">The sign-up's address in canonical form; kept only as a hash, in memory.</param>
    public IResult? Refusal(HttpContext context, string canonicalEmail)
    {
        using var client = _clients.AttemptAcquire("ip:" + ClientKey(context, _trustedProxies));
        if (!client.IsAcquired)
        {
            return TooMany(context, client);
        }
        using var address = _addresses.AttemptAcquire("mail:" + AddressKey(canonicalEmail));
        return address.IsAcquired ? null : TooMany(context, address);
    }

    /// <summary>The client's address: with <paramref name="trustedProxies"/> proxies in front, the hop the outermost of them
    /// appended to <c>X-Forwarded-For</c> (counted from the right, so values the caller wrote are never used); with none,
    /// or when the header has fewer hops than trusted proxies, the connection's remote address.</summary>
    internal static string ClientKey(HttpContext context, int trustedProxies)
    {
        if (trustedProxies > 0)
        {
            var hops = context.Request.Headers["X-Forwarded-For"]
                .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            if (hops.Count >= trustedProxies && ParseHop(hops[^trustedProxies]) is { } address)
            {
                return address.ToString();
            }
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private static IPAddress? ParseHop(string hop) =>
        IPAddress.TryParse(hop, out var plain) ? plain : IPEndPoint.TryParse(hop, out var endpoint) ? endpoint.Address : null;

    private static string AddressKey(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())));

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            }));

    private static IResult TooMany(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        return TypedResults.Problem(
            $"Too many sign-ups just now. Please try again in {minutes} minute{(minutes == 1 ? "" : "s")}.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-ups.");
    }

    public void Dispose()
    {
        _clients.Dispose();
        _addresses.Dispose();
    }
}
