using Microsoft.Azure.Functions.Worker;
using PainDrip.Core.Intake;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Functions.Functions;

/// <summary>SendGrid's Event Webhook: deliveries, bounces, spam reports and unsubscribes.</summary>
public sealed class MailEventFunctions(
    EventWebhookVerifier verifier, EventWebhookParser parser, MailEventProcessor processor, ILogger<MailEventProcessor> logger)
{
    /// <summary>The largest Event Webhook post accepted; SendGrid batches up to about 768 KB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>POST /api/mail-events: the signature is checked on the raw bytes before anything is parsed.</summary>
    [Function("MailEvents")]
    public async Task<IResult> MailEventsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mail-events")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await ReadCappedAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.Problem($"The post is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var verdict = verifier.Verify(request.Headers, body);
        if (verdict != EventWebhookVerdict.Valid)
        {
            MailLog.MailEventsRefused(logger, verdict.ToString());
            return verdict == EventWebhookVerdict.NotConfigured
                ? TypedResults.Problem("Event Webhook verification is not configured.", statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Unauthorized();
        }
        // Verified on the bytes as sent; read with any lone surrogate escape made a replacement character.
        if (!parser.TryParse(JsonEscapes.RepairLoneSurrogates(body), out var events))
        {
            return TypedResults.Problem("Expected a JSON array of events.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await processor.ProcessAsync(events, cancellationToken));
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
