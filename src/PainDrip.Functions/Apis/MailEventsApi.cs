using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Email.Events;

namespace PainDrip.Functions.Apis;

public static class MailEventsApi
{
    /// <summary>The largest Event Webhook post accepted; SendGrid batches up to about 768 KB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapMailEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/mail-events", ReceiveEventsAsync);
        return app;
    }

    /// <summary>SendGrid's signed Event Webhook: the signature is checked on the raw bytes before anything is parsed.</summary>
    public static async Task<Results<Ok<MailEventSummary>, UnauthorizedHttpResult, ProblemHttpResult>> ReceiveEventsAsync(
        HttpRequest request, [AsParameters] MailEventsServices services, CancellationToken cancellationToken)
    {
        if (await ReadCappedAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.Problem($"The post is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var verdict = services.Verifier.Verify(request.Headers, body);
        if (verdict != EventWebhookVerdict.Valid)
        {
            MailLog.MailEventsRefused(services.Logger, verdict.ToString());
            return verdict == EventWebhookVerdict.NotConfigured
                ? TypedResults.Problem("Event Webhook verification is not configured.", statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Unauthorized();
        }
        if (!services.Parser.TryParse(body, out var events))
        {
            return TypedResults.Problem("Expected a JSON array of events.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await services.Processor.ProcessAsync(events, cancellationToken));
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

/// <summary>What the mail-events endpoint needs.</summary>
public sealed record MailEventsServices(
    [FromServices] EventWebhookVerifier Verifier,
    [FromServices] EventWebhookParser Parser,
    [FromServices] MailEventProcessor Processor,
    [FromServices] ILogger<MailEventProcessor> Logger);
