using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Email.Inbound;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Functions;

/// <summary>Replies to program emails, as SendGrid's Inbound Parse posts them.</summary>
public sealed class InboundEmailFunctions(
    IOptions<InboundOptions> options, InboundParseReader reader, LinkTokens tokens, IInbox inbox, ReplyProcessor replies,
    IClock clock, ILogger<ReplyProcessor> logger)
{
    /// <summary>
    /// POST /api/inbound: secret first, then read, store, and only then 200. Storage failure answers 500 so SendGrid
    /// retries; a processing failure after storing still answers 200 (the timer retries the stored message).
    /// </summary>
    [Function("ProcessReply")]
    public async Task<IResult> ProcessReplyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "inbound")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!InboundParseGuard.IsAuthorized(request, options.Value.Secret))
        {
            MailLog.InboundRefused(logger, StatusCodes.Status401Unauthorized);
            return TypedResults.Unauthorized();
        }
        var parsed = await reader.ReadAsync(request, cancellationToken);
        if (parsed.Message is not { } message)
        {
            MailLog.InboundRefused(logger, parsed.StatusCode);
            return TypedResults.Problem(parsed.Problem, statusCode: parsed.StatusCode);
        }
        var enrollmentId = tokens.Verify(message.RecipientToken, LinkPurpose.Reply).EnrollmentId;
        InboxItem stored;
        try
        {
            stored = await inbox.StoreAsync(enrollmentId, message, clock.GetCurrentInstant(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            MailLog.InboundStoreFailed(logger, exception.GetType().Name);
            return TypedResults.Problem("The message could not be stored; please retry.", statusCode: StatusCodes.Status500InternalServerError);
        }
        // Stored, so SendGrid's copy is no longer needed: finish even if SendGrid hangs up, and answer 200 unless neither
        // the outcome nor a retry could be recorded (storage went down half-way): then SendGrid posts it again.
        try
        {
            await replies.ProcessAsync(stored, CancellationToken.None);
        }
        catch (ReplyNotRecordedException exception)
        {
            MailLog.InboundStoreFailed(logger, exception.InnerException?.GetType().Name ?? exception.GetType().Name);
            return TypedResults.Problem("The message could not be processed; please retry.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return TypedResults.Ok();
    }
}
