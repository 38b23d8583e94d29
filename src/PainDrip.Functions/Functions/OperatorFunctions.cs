using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Functions;

/// <summary>The operator's functions: a person's data (export, erase) and the coach queue. A function key guards them
/// (the host checks it in Azure; <see cref="Standalone.OperatorKeyGuard"/> in standalone mode).</summary>
public sealed class OperatorFunctions(PersonalDataService personalData, CoachQueueService coachQueue)
{
    private const int DefaultPage = 50;

    /// <summary>GET /api/export?id=…, or POST with {"id":…} or {"email":…} so an address never sits in a URL or a log:
    /// every row stored about the person, grouped by store.</summary>
    [Function("Export")]
    public async Task<IResult> ExportAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "export")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (person, problem) = HttpMethods.IsPost(request.Method)
            ? await OperatorRequestReader.ReadAsync(request, cancellationToken)
            : OperatorRequestReader.FromQuery(request.Query["id"].FirstOrDefault());
        if (problem is not null)
        {
            return problem;
        }
        var id = await personalData.ResolveAsync(person!, cancellationToken);
        var export = id is null ? null : await personalData.ExportAsync(id, cancellationToken);
        return export is null ? NotFound() : TypedResults.Ok(export);
    }

    /// <summary>POST /api/erase with {"id":…} or {"email":…}: suppresses the address (hashed), then erases every store.</summary>
    [Function("Erase")]
    public async Task<IResult> EraseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "erase")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (person, problem) = await OperatorRequestReader.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var id = await personalData.ResolveAsync(person!, cancellationToken);
        var report = id is null ? null : await personalData.EraseAsync(id, cancellationToken);
        return report is null ? NotFound() : TypedResults.Ok(report);
    }

    /// <summary>GET /api/coach-queue?max=50: replies that need a human, newest first, with the reason and the reply.</summary>
    [Function("CoachQueue")]
    public async Task<IResult> CoachQueueAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "coach-queue")] HttpRequest request, CancellationToken cancellationToken)
    {
        var max = request.Query["max"].FirstOrDefault();
        var page = DefaultPage;
        if (max is not null && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > CoachQueueService.MaxPage))
        {
            return TypedResults.Problem($"max must be a whole number from 1 to {CoachQueueService.MaxPage}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await coachQueue.ListAsync(page, cancellationToken));
    }

    // The same answer for an unknown id and an unknown address, and the address is never echoed.
    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "Nothing is stored for that person: the id or address is unknown, or their data was erased already.",
        statusCode: StatusCodes.Status404NotFound);
}
