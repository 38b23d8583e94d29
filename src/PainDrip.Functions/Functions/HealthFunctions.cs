using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Functions.Functions;

/// <summary>Whether the app can work: settings complete and Table Storage reachable.</summary>
public sealed class HealthFunctions(SettingsReport settings, IServiceProvider services)
{
    /// <summary>GET /api/health: 200 when the settings are complete and Table Storage answers; 503 otherwise, saying what is wrong.</summary>
    [Function("Health")]
    public async Task<IResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        // Resolved only with complete settings: with missing ones the storage client cannot even be built.
        var reachable = settings.IsComplete
            && await services.GetRequiredService<TableStorageHealth>().IsReachableAsync(cancellationToken);
        var report = new HealthReport(reachable ? "ok" : "degraded", reachable ? "reachable" : "unreachable", settings.Problems);
        return reachable
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
