using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>The operator's endpoints: a person's data (export, erase) and the coach queue. Function key in Azure, <see cref="OperatorKeyFilter"/> locally.</summary>
public static class OperatorApi
{
    private const int DefaultPage = 50;

    public static WebApplication MapOperatorApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<OperatorKeyFilter>();
        api.MapGet("/export", ExportByIdAsync);
        api.MapPost("/export", ExportByBodyAsync);
        api.MapPost("/erase", EraseAsync);
        api.MapGet("/coach-queue", ListCoachQueueAsync);
        if (app.Environment.IsDevelopment())
        {
            app.MapDemoApi();
        }
        return app;
    }

    /// <summary>GET /api/export?id=…: every row stored about the enrollment, grouped by store.</summary>
    public static Task<Results<Ok<PersonalDataExport>, ProblemHttpResult>> ExportByIdAsync(
        string? id, PersonalDataService personalData, CancellationToken cancellationToken) =>
        ExportAsync(OperatorRequestReader.FromQuery(id), personalData, cancellationToken);

    /// <summary>POST /api/export with {"id":…} or {"email":…}, so an address never sits in a URL or a log.</summary>
    public static async Task<Results<Ok<PersonalDataExport>, ProblemHttpResult>> ExportByBodyAsync(
        HttpRequest request, PersonalDataService personalData, CancellationToken cancellationToken) =>
        await ExportAsync(await OperatorRequestReader.ReadAsync(request, cancellationToken), personalData, cancellationToken);

    /// <summary>POST /api/erase with {"id":…} or {"email":…}: suppresses the address (hashed), then erases every store.</summary>
    public static async Task<Results<Ok<ErasureReport>, ProblemHttpResult>> EraseAsync(
        HttpRequest request, PersonalDataService personalData, CancellationToken cancellationToken)
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
    public static async Task<Results<Ok<IReadOnlyList<CoachQueueView>>, ProblemHttpResult>> ListCoachQueueAsync(
        string? max, CoachQueueService coachQueue, CancellationToken cancellationToken)
    {
        var page = DefaultPage;
        if (max is not null && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > CoachQueueService.MaxPage))
        {
            return TypedResults.Problem($"max must be a whole number from 1 to {CoachQueueService.MaxPage}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await coachQueue.ListAsync(page, cancellationToken));
    }

    private static async Task<Results<Ok<PersonalDataExport>, ProblemHttpResult>> ExportAsync(
        (PersonReference? Person, ProblemHttpResult? Problem) read, PersonalDataService personalData, CancellationToken cancellationToken)
    {
        if (read.Problem is not null)
        {
            return read.Problem;
        }
        var id = await personalData.ResolveAsync(read.Person!, cancellationToken);
        var export = id is null ? null : await personalData.ExportAsync(id, cancellationToken);
        return export is null ? NotFound() : TypedResults.Ok(export);
    }

    // The same answer for an unknown id and an unknown address, and the address is never echoed.
    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "Nothing is stored for that person: the id or address is unknown, or their data was erased already.",
        statusCode: StatusCodes.Status404NotFound);
}
