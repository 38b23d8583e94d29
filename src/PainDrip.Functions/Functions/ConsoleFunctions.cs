using Microsoft.Azure.Functions.Worker;
using PainDrip.Core.Coaching;
using PainDrip.Functions.Console;
using PainDrip.Functions.Console.Pages;

namespace PainDrip.Functions.Functions;

/// <summary>
/// The coach console's pages: the queue, a person, the cohort. Anonymous at the host level on purpose: the console
/// checks the coach itself (<see cref="CoachAccess"/>) before it reads anything, and refuses with 401/403 and no data.
/// </summary>
public sealed class ConsoleFunctions(CoachAccess access, CoachConsole console, ConsoleAntiforgery antiforgery)
{
    /// <summary>GET /api/console[?reason=red_flag]: open items, most urgent first.</summary>
    [Function("ConsoleQueue")]
    public async Task<IResult> QueueAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (coach, refusal) = access.Check(request.HttpContext);
        if (coach is null)
        {
            return refusal!;
        }
        CoachQueueReason? filter = Enum.GetValues<CoachQueueReason>()
            .Where(r => QueueOrder.Code(r) == request.Query["reason"].ToString()).Select(r => (CoachQueueReason?)r).FirstOrDefault();
        var view = await console.QueueAsync(filter, cancellationToken);
        return ConsoleResults.Page(request, QueuePage.Render(view, coach));
    }

    /// <summary>GET /api/console/person?id=…[&amp;item=…]: the person's items, chart, timeline and actions.</summary>
    [Function("ConsolePerson")]
    public async Task<IResult> PersonAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/person")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (coach, refusal) = access.Check(request.HttpContext);
        if (coach is null)
        {
            return refusal!;
        }
        var id = request.Query["id"].ToString();
        var view = id.Length is > 0 and <= 200 ? await console.PersonAsync(id, cancellationToken) : null;
        if (view is null)
        {
            return ConsoleResults.NotFound(request, coach);
        }
        var html = PersonPage.Render(view, coach, antiforgery.TokenFor(request.HttpContext, coach), request.Query["item"].ToString(), null);
        return ConsoleResults.Page(request, html);
    }

    /// <summary>GET /api/console/outcomes: the cohort at a glance.</summary>
    [Function("ConsoleOutcomes")]
    public async Task<IResult> OutcomesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/outcomes")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (coach, refusal) = access.Check(request.HttpContext);
        return coach is null ? refusal! : ConsoleResults.Page(request, OutcomesPage.Render(await console.OutcomesAsync(cancellationToken), coach));
    }

    /// <summary>GET /api/console/outcomes.csv: one row per person, ids and numbers only.</summary>
    [Function("ConsoleOutcomesCsv")]
    public async Task<IResult> OutcomesCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/outcomes.csv")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (coach, refusal) = access.Check(request.HttpContext);
        if (coach is null)
        {
            return refusal!;
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"paindrip-outcomes.csv\"";
        return TypedResults.Text(OutcomesPage.Csv(await console.OutcomesAsync(cancellationToken)), "text/csv; charset=utf-8");
    }
}
