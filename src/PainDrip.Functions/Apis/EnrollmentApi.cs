using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PainDrip.Functions.Extensions;
using PainDrip.Functions.Pages;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Apis;

/// <summary>The public side: the signup page, sign-up, the confirm link and unsubscribing.</summary>
public static class EnrollmentApi
{
    /// <summary>Maps the routes (functions SignupPage, Enroll, Confirm, Unsubscribe) and turns on rate limiting.</summary>
    public static WebApplication MapEnrollmentApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/", GetSignupPage);
        app.MapGet("/api/signup", GetSignupPage);
        app.MapPost("/api/enroll", EnrollAsync).RequireRateLimiting(EnrollmentOptions.RateLimitPolicy);
        app.MapGet("/api/confirm", ShowConfirmAsync);
        app.MapPost("/api/confirm", ConfirmAsync);
        app.MapGet("/api/unsubscribe", ShowUnsubscribe);
        app.MapPost("/api/unsubscribe", UnsubscribeAsync);
        return app;
    }

    /// <summary>The signup form.</summary>
    public static ContentHttpResult GetSignupPage() => TypedResults.Content(SignupPage.Html, "text/html; charset=utf-8");

    /// <summary>202 check-your-inbox, 400 per-field errors, 413/415 for bodies we cannot take, 422 seek care, 503 when the
    /// confirmation email could not go out (signing up again resends it).</summary>
    public static async Task<Results<Accepted<EnrollAnswer>, ValidationProblem, UnprocessableEntity<SeekCareAnswer>, ProblemHttpResult>>
        EnrollAsync(HttpRequest request, EnrollmentService enrollments, IOptions<EnrollmentOptions> options, CancellationToken cancellationToken)
    {
        var body = await JsonRequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body.Text is null)
        {
            return TypedResults.Problem(body.Problem, statusCode: body.Status, title: "The sign-up could not be read.");
        }
        return await enrollments.EnrollAsync(body.Text, cancellationToken) switch
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

    /// <summary>Shows a confirm button (or what is wrong with the link); changes nothing, since mail scanners prefetch links.</summary>
    public static async Task<ContentHttpResult> ShowConfirmAsync(
        HttpContext context, string? token, ConfirmationService confirmations, CancellationToken cancellationToken) =>
        Render(context, LinkPages.Confirm(await confirmations.CheckAsync(token, cancellationToken), token));

    /// <summary>Confirms the sign-up and starts the program; repeating it is harmless.</summary>
    public static async Task<ContentHttpResult> ConfirmAsync(
        HttpContext context, ConfirmationService confirmations, CancellationToken cancellationToken)
    {
        var token = await LinkToken.FromAsync(context.Request, cancellationToken);
        return Render(context, LinkPages.Confirm(await confirmations.ConfirmAsync(token, cancellationToken), token));
    }

    /// <summary>Shows the one-button unsubscribe form; a GET never unsubscribes.</summary>
    public static ContentHttpResult ShowUnsubscribe(HttpContext context, string? token, UnsubscribeService unsubscribes) =>
        Render(context, LinkPages.Unsubscribe(unsubscribes.Check(token), token));

    /// <summary>RFC 8058 one-click (<c>List-Unsubscribe=One-Click</c>) and the page's form: unsubscribes, answers 200, never redirects.</summary>
    public static async Task<ContentHttpResult> UnsubscribeAsync(
        HttpContext context, UnsubscribeService unsubscribes, CancellationToken cancellationToken)
    {
        var token = await LinkToken.FromAsync(context.Request, cancellationToken);
        return Render(context, LinkPages.Unsubscribe(await unsubscribes.UnsubscribeAsync(token, cancellationToken), token));
    }

    private static ContentHttpResult Render(HttpContext context, LinkPage page)
    {
        // Link pages carry a personal token in their URL: keep them out of caches and referrers.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(page.ToHtml(), "text/html; charset=utf-8", statusCode: page.StatusCode);
    }
}

/// <summary>The answer to an accepted sign-up; the same whatever happened behind it.</summary>
public sealed record EnrollAnswer(string Status, string Message)
{
    public static EnrollAnswer CheckInbox { get; } =
        new("check_inbox", "Check your inbox: we sent you a link to confirm your address and start the program.");
}

/// <summary>The answer when the sign-up reports red flags: self-care is refused and the person should get care now.</summary>
public sealed record SeekCareAnswer(bool SeekCare, IReadOnlyList<string> Messages);
