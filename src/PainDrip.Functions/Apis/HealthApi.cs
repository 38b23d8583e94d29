using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Functions.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealthAsync);
        return app;
    }

    /// <summary>200 when the settings are complete and Table Storage answers; 503 otherwise, saying what is wrong.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        SettingsReport settings, IServiceProvider services, CancellationToken cancellationToken)
    {
        var reachable = settings.IsComplete
            && await services.GetRequiredService<TableStorageHealth>().IsReachableAsync(cancellationToken);
        var report = new HealthReport(
            reachable ? "ok" : "degraded",
            reachable ? "reachable" : "unreachable",
            settings.Problems);
        return reachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>What the health endpoint says. <see cref="Settings"/> lists missing or invalid settings by name, never their values.</summary>
public sealed record HealthReport(string Status, string TableStorage, IReadOnlyList<string> Settings);
