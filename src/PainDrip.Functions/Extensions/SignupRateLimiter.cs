using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PainDrip.Functions.Extensions;

/// <summary>
/// The per-client limit on sign-ups, taken inside the Enroll function so it holds the same under the Functions host
/// (which has no endpoint metadata for ASP.NET Core's rate-limiting middleware) and in standalone mode.
/// </summary>
public sealed class SignupRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public SignupRateLimiter(IOptions<EnrollmentOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = settings.Window,
                QueueLimit = 0,
            }));
    }

    /// <summary>The 429 answer (with <c>Retry-After</c> set) when this client is over its limit, else <see langword="null"/>.</summary>
    public IResult? Refusal(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return null;
        }
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        return TypedResults.Problem(
            $"Too many sign-ups came from your network. Please try again in {minutes} minute{(minutes == 1 ? "" : "s")}.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-ups.");
    }

    /// <summary>The client's address: the first X-Forwarded-For hop (behind the Functions host every request comes
    /// from loopback), else the connection's remote address.</summary>
    internal static string ClientKey(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim();
        if (IPEndPoint.TryParse(forwarded, out var endpoint))
        {
            return endpoint.Address.ToString();
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    public void Dispose() => _limiter.Dispose();
}
