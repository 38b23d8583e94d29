using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Email.Inbound;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Apis;

public static class InboundEmailApi
{
    public static IEndpointRouteBuilder MapInboundEmailApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/inbound", ReceiveReplyAsync);
        return app;
    }

    /// <summary>
    /// SendGrid Inbound Parse: secret first, then read, store, and only then 200. Storage failure answers 500 so SendGrid
    /// retries; a processing failure after storing still answers 200 (the timer retries the stored message).
    /// </summary>
    public static async Task<Results<Ok, UnauthorizedHttpResult, ProblemHttpResult>> ReceiveReplyAsync(
        HttpRequest request, [AsParameters] InboundEmailServices services, CancellationToken cancellationToken)
    {
        if (!InboundParseGuard.IsAuthorized(request, services.Options.Value.Secret))
        {
            MailLog.InboundRefused(services.Logger, StatusCodes.Status401Unauthorized);
            return TypedResults.Unauthorized();
        }
        var parsed = await services.Reader.ReadAsync(request, cancellationToken);
        if (parsed.Message is not { } message)
        {
            MailLog.InboundRefused(services.Logger, parsed.StatusCode);
            return TypedResults.Problem(parsed.Problem, statusCode: parsed.StatusCode);
        }
        var enrollmentId = services.Tokens.Verify(message.RecipientToken, LinkPurpose.Reply).EnrollmentId;
        InboxItem stored;
        try
        {
            stored = await services.Inbox.StoreAsync(enrollmentId, message, services.Clock.GetCurrentInstant(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            MailLog.InboundStoreFailed(services.Logger, exception.GetType().Name);
            return TypedResults.Problem("The message could not be stored; please retry.", statusCode: StatusCodes.Status500InternalServerError);
        }
        // Stored, so SendGrid's copy is no longer needed: finish even if SendGrid hangs up, and answer 200 whatever happens.
        await services.Replies.ProcessAsync(stored, CancellationToken.None);
        return TypedResults.Ok();
    }
}

/// <summary>What the inbound endpoint needs.</summary>
public sealed record InboundEmailServices(
    [FromServices] IOptions<InboundOptions> Options,
    [FromServices] InboundParseReader Reader,
    [FromServices] LinkTokens Tokens,
    [FromServices] IInbox Inbox,
    [FromServices] ReplyProcessor Replies,
    [FromServices] IClock Clock,
    [FromServices] ILogger<ReplyProcessor> Logger);
