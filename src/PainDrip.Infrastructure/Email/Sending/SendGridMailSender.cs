using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Sends through the SendGrid package's <see cref="SendGridClient"/>, retrying rate limits, server errors and timeouts.</summary>
/// <remarks>
/// 202 (or 200 in sandbox mode) is success. The package does not retry 429, so this class waits until
/// <c>X-RateLimit-Reset</c> or <c>Retry-After</c> (capped); 5xx, timeouts and connection failures back off
/// exponentially with jitter (capped); any other status is a <see cref="MailSendException"/> carrying SendGrid's
/// messages, without retry. All waits go through <see cref="TimeProvider"/>. Only the opaque correlation id
/// travels in <c>custom_args</c>; click and open tracking stay off, since they would rewrite the signed links
/// and tell a third party who reads which health lesson.
/// <para>A 429 closes the shared <see cref="SendGridRateGate"/>: every send in the process waits for the reset, not only
/// the one that met the limit.</para>
/// </remarks>
public sealed class SendGridMailSender(
    HttpClient http, IOptions<SendGridOptions> options, TimeProvider time, ILogger<SendGridMailSender> logger,
    SendGridRateGate? gate = null) : IMailSender
{
    private readonly SendGridRateGate _gate = gate ?? new SendGridRateGate(time);

    /// <summary>The one custom argument: an opaque id that delivery events carry back.</summary>
    public const string CorrelationArg = "correlation_id";

    private const int MaxErrorLength = 500;
    private readonly SendGridOptions _options = options.Value;
    private readonly SendGridClient _client = new(
        http, new SendGridClientOptions { ApiKey = options.Value.ApiKey, Host = options.Value.BaseUrl.ToString().TrimEnd('/') });

    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mail = ToSendGridMessage(message, _options.SandboxMode);
        for (var attempt = 0; ; attempt++)
        {
            await _gate.PassAsync(cancellationToken);
            var (result, failure, retryAt) = await TrySendAsync(mail, cancellationToken);
            if (result is not null)
            {
                return result;
            }
            if (attempt >= _options.MaxRetries)
            {
                throw failure!;
            }
            var delay = retryAt is { } at ? Clamp(at - time.GetUtcNow(), _options.MaxRateLimitWait) : Backoff(attempt);
            SendingLog.Retrying(logger, message.CorrelationId, failure!.StatusCode, attempt + 1, delay);
            if (failure.StatusCode == 429)
            {
                _gate.CloseUntil(time.GetUtcNow() + delay);
                continue;
            }
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    internal static SendGridMessage ToSendGridMessage(EmailMessage message, bool sandboxMode)
    {
        var mail = new SendGridMessage
        {
            From = Address(message.From),
            Subject = message.Subject,
            PlainTextContent = message.Text,
            HtmlContent = message.Html,
            ReplyTo = message.ReplyTo is { } replyTo ? Address(replyTo) : null,
        };
        mail.AddTo(Address(message.To));
        foreach (var (name, value) in message.Headers)
        {
            mail.AddGlobalHeader(name, value);
        }
        mail.AddGlobalHeader("Message-ID", message.MessageId);
        mail.AddGlobalCustomArg(CorrelationArg, message.CorrelationId);
        mail.SetSandBoxMode(sandboxMode);
        mail.SetClickTracking(false, false);
        mail.SetOpenTracking(false, null);
        return mail;
    }

    private async Task<(SendResult? Result, MailSendException? Failure, DateTimeOffset? RetryAt)> TrySendAsync(
        SendGridMessage mail, CancellationToken cancellationToken)
    {
        Response response;
        try
        {
            response = await _client.SendEmailAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, new MailSendException("SendGrid could not be reached or timed out.", null, [], true, e), null);
        }
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
        {
            return (new SendResult(response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null), null, null);
        }
        var errors = Errors(await response.Body.ReadAsStringAsync(cancellationToken));
        var transient = status == 429 || status >= 500;
        var failure = new MailSendException(
            $"SendGrid {(transient ? "kept failing" : "refused the message")} ({status}): {string.Join("; ", errors)}",
            status, errors, transient);
        return transient ? (null, failure, status == 429 ? RateLimitReset(response) : null) : throw failure;
    }

    private DateTimeOffset? RateLimitReset(Response response)
    {
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values) && long.TryParse(values.FirstOrDefault(), out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        }
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => time.GetUtcNow() + delta,
            { Date: { } date } => date,
            _ => null,
        };
    }

    // SendGrid's error body is {"errors":[{"message":…,"field":…}]}; anything else (a proxy's page) is kept short.
    private static List<string> Errors(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return [.. document.RootElement.GetProperty("errors").EnumerateArray()
                .Select(error => error.TryGetProperty("message", out var m) ? m.ToString() : error.ToString())];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return string.IsNullOrWhiteSpace(body) ? [] : [body.Length > MaxErrorLength ? body[..MaxErrorLength] : body];
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        // "Equal jitter": at least half the step, so retries never bunch up at zero.
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;

    private static EmailAddress Address(Mailbox mailbox) =>
        new(mailbox.Address, string.IsNullOrEmpty(mailbox.Name) ? null : mailbox.Name);
}
