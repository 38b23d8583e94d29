using Microsoft.Azure.Functions.Worker;
using PainDrip.Functions.Console;
using PainDrip.Functions.Console.Pages;

namespace PainDrip.Functions.Functions;

/// <summary>
/// The coach console's POSTs: answer by email, and the actions (resolve, lift hold, pause, stop). Each checks the
/// coach, then the antiforgery field against its cookie, then acts once; the person's page comes back with the outcome.
/// </summary>
public sealed class ConsoleActionFunctions(
    CoachAccess access, ConsoleAntiforgery antiforgery, CoachConsole console, CoachAnswers answers, CoachActions actions,
    ILogger<ConsoleActionFunctions> logger)
{
    /// <summary>POST /api/console/answer (form: csrf, id, item, op, text).</summary>
    [Function("ConsoleAnswer")]
    public Task<IResult> AnswerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "console/answer")] HttpRequest request, CancellationToken cancellationToken) =>
        ActAsync(request, (coach, form, id) => answers.AnswerAsync(coach, id, form["item"] ?? "", form["text"], form["op"] ?? "", cancellationToken), cancellationToken);

    /// <summary>POST /api/console/action (form: csrf, id, item, op, action, note).</summary>
    [Function("ConsoleAction")]
    public Task<IResult> ActionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "console/action")] HttpRequest request, CancellationToken cancellationToken) =>
        ActAsync(request, (coach, form, id) =>
        {
            if (CoachNote.Read(form["note"]) is not { } note)
            {
                return Task.FromResult(new ActionResult(ActionOutcome.Invalid, $"Write a short note (1 to {CoachNote.MaxLength} characters) for the timeline."));
            }
            return form["action"] switch
            {
                "resolve" => actions.ResolveAsync(coach, id, form["item"] ?? "", note, cancellationToken),
                "lift-hold" => actions.LiftHoldAsync(coach, id, note, cancellationToken),
                "pause" when ConsoleForm.IsOperation(form["op"]) => actions.PauseAsync(coach, id, note, form["op"]!, cancellationToken),
                "stop" => actions.StopAsync(coach, id, note, cancellationToken),
                _ => Task.FromResult(new ActionResult(ActionOutcome.Invalid, "Unknown action.")),
            };
        }, cancellationToken);

    private async Task<IResult> ActAsync(
        HttpRequest request, Func<Coach, ConsoleForm, string, Task<ActionResult>> act, CancellationToken cancellationToken)
    {
        var (coach, refusal) = access.Check(request.HttpContext);
        if (coach is null)
        {
            return refusal!;
        }
        var form = await ConsoleForm.ReadAsync(request, cancellationToken);
        if (form is null || !antiforgery.IsValid(request.HttpContext, coach, form[ConsoleAntiforgery.FieldName]))
        {
            ConsoleLog.Forged(logger);
            return TypedResults.Problem("This form has expired or did not come from the console. Open the page again and resend.", statusCode: StatusCodes.Status400BadRequest);
        }
        var id = form["id"] ?? "";
        var result = await act(coach, form, id);
        var view = id.Length is > 0 and <= 200 ? await console.PersonAsync(id, cancellationToken) : null;
        if (view is null)
        {
            return ConsoleResults.NotFound(request, coach);
        }
        var status = result.Outcome switch
        {
            ActionOutcome.Invalid => StatusCodes.Status400BadRequest,
            ActionOutcome.NotFound => StatusCodes.Status404NotFound,
            ActionOutcome.Conflict => StatusCodes.Status409Conflict,
            ActionOutcome.SendFailed => StatusCodes.Status502BadGateway,
            _ => StatusCodes.Status200OK,
        };
        var html = PersonPage.Render(view, coach, antiforgery.TokenFor(request.HttpContext, coach), form["item"], result);
        return ConsoleResults.Page(request, html, status);
    }
}
