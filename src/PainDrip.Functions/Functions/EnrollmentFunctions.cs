using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Apis;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Pages;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Functions;

/// <summary>The public side: the sign-up page, sign-up, the confirm link and unsubscribing.</summary>
public sealed class EnrollmentFunctions(
    EnrollmentService enrollments, ConfirmationService confirmations, UnsubscribeService unsubscribes,
    IOptions<EnrollmentOptions> options, SignupRateLimiter limiter)
{
    /// <summary>GET /api/signup: the sign-up form.</summary>
    /// <remarks>Static, so showing the form builds none of the services sign-up needs (a fast first answer at start-up).</remarks>
    [Function("SignupPage")]
    public static IResult SignupPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "signup")] HttpRequest request) =>
        HtmlPage.Result(Pages.SignupPage.Html);

    /// <summary>POST /api/enroll: 202 check-your-inbox, 400 per-field errors, 413/415 for bodies we cannot take, 422 seek
    /// care, 429 too many from one client or for one address (readable sign-ups only), 503 when the confirmation email could not go out (signing up again resends it).</summary>
    [Function("Enroll")]
    public async Task<IResult> EnrollAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "enroll")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonRequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body.Text is null)
        {
            return TypedResults.Problem(body.Problem, statusCode: body.Status, title: "The sign-up could not be read.");
        }
        // Only a sign-up that could be read counts against the limits: fixing a typo costs nothing.
        var decision = enrollments.Read(body.Text);
        var outcome = enrollments.Refusal(decision);
        if (outcome is null && limiter.Refusal(request.HttpContext, decision.Request!.Email) is { } tooMany)
        {
            return tooMany;
        }
        return (outcome ?? await enrollments.EnrollAsync(decision.Request!, cancellationToken)) switch
        {
            EnrollOutcome.Invalid invalid => TypedResults.ValidationProblem(
                invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Please check your answers."),
            EnrollOutcome.SeekCare care => TypedResults.UnprocessableEntity(new SeekCareAnswer(true, care.Messages)),
            EnrollOutcome.MailFailed => TypedResults.Problem(
                "We could not send your confirmation email just now. Please try again in a few minutes.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Email not sent."),
            _ => TypedResults.Accepted((string?)null, EnrollAnswer.CheckInbox),
        };
    }

    /// <summary>GET shows a confirm button (or what is wrong with the link) and changes nothing, since mail scanners
    /// prefetch links; POST confirms the sign-up and starts the program, and repeating it is harmless.</summary>
    [Function("Confirm")]
    public async Task<IResult> ConfirmAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "confirm")] HttpRequest request, CancellationToken cancellationToken)
    {
        var token = await LinkToken.FromAsync(request, cancellationToken);
        var outcome = HttpMethods.IsPost(request.Method)
            ? await confirmations.ConfirmAsync(token, cancellationToken)
            : await confirmations.CheckAsync(token, cancellationToken);
        return Render(request.HttpContext, LinkPages.Confirm(outcome, token));
    }

    /// <summary>GET shows the one-button unsubscribe form and never unsubscribes; POST is RFC 8058 one-click
    /// (<c>List-Unsubscribe=One-Click</c>) and the page's form: it unsubscribes, answers 200 and never redirects.</summary>
    [Function("Unsubscribe")]
    public async Task<IResult> UnsubscribeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "unsubscribe")] HttpRequest request, CancellationToken cancellationToken)
    {
        var token = await LinkToken.FromAsync(request, cancellationToken);
        var outcome = HttpMethods.IsPost(request.Method)
            ? await unsubscribes.UnsubscribeAsync(token, cancellationToken)
            : unsubscribes.Check(token);
        return Render(request.HttpContext, LinkPages.Unsubscribe(outcome, token));
    }

    private static IResult Render(HttpContext context, LinkPage page)
    {
        // Link pages carry a personal token in their URL: keep them out of caches and referrers.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return HtmlPage.Result(page.ToHtml(), page.StatusCode);
    }
}
