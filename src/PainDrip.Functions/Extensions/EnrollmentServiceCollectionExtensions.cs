using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Extensions;

public static class EnrollmentServiceCollectionExtensions
{
    /// <summary>Sign-up, confirmation and unsubscribe services, their options, and the per-client sign-up rate limit.</summary>
    /// <remarks>Needs the ports (<c>IEnrollmentStore</c>, <c>IDueIndex</c>, <c>IProgressLog</c>, <c>ISuppressionList</c>,
    /// <c>IProgramMailer</c>) from the storage and mail registrations.</remarks>
    public static IServiceCollection AddEnrollment(this IServiceCollection services)
    {
        services.AddOptions<EnrollmentOptions>()
            .BindConfiguration(nameof(EnrollmentOptions))
            .Validate(o => o.IsValid, $"{nameof(EnrollmentOptions)}: PermitLimit, Window and MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<ConfirmationService>();
        services.AddScoped<UnsubscribeService>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(EnrollmentOptions.RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<EnrollmentOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = RejectAsync;
        });
        return services;
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

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/problem+json";
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var problem = new
        {
            title = "Too many sign-ups.",
            status = StatusCodes.Status429TooManyRequests,
            detail = $"Too many sign-ups came from your network. Please try again in {minutes} minute{(minutes == 1 ? "" : "s")}.",
        };
        await JsonSerializer.SerializeAsync(response.Body, problem, cancellationToken: cancellationToken);
    }
}
