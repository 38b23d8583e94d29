using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Functions.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealthAsync);
        return app;
    }

    /// <summary>200 when Table Storage answers, 503 when it does not; the body says which.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        TableStorageHealth tables, CancellationToken cancellationToken)
    {
        var reachable = await tables.IsReachableAsync(cancellationToken);
        var report = new HealthReport(reachable ? "ok" : "degraded", reachable ? "reachable" : "unreachable");
        return reachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthReport(string Status, string TableStorage);
