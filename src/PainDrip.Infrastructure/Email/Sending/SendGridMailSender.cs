using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Sends through SendGrid's v3 Mail Send API, retrying rate limits, server errors and timeouts.</summary>
/// <remarks>
/// 202 (or 200 in sandbox mode) is success. 429 waits until <c>X-RateLimit-Reset</c> (capped);
/// 5xx, timeouts and connection failures back off exponentially with jitter (capped); any other
/// status is a <see cref="MailSendException"/> carrying SendGrid's messages, without retry.
/// All waits go through <see cref="TimeProvider"/>.
/// </remarks>
public sealed class SendGridMailSender : IMailSender
{
    private readonly HttpClient _http;
    private readonly SendGridOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridMailSender> _logger;

    public SendGridMailSender(HttpClient http, IOptions<SendGridOptions> options, TimeProvider time, ILogger<SendGridMailSender> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var body = SendGridPayload.Build(message, _options.SandboxMode);
        for (var attempt = 0; ; attempt++)
        {
            var (result, failure, retryAt) = await TrySendAsync(body, cancellationToken);
            if (result is not null)
            {
                return result;
            }
            if (attempt >= _options.MaxRetries)
            {
                throw failure!;
            }
            var delay = retryAt is { } at ? Clamp(at - _time.GetUtcNow(), _options.MaxRateLimitWait) : Backoff(attempt);
            SendingLog.Retrying(_logger, message.CorrelationId, failure!.StatusCode, attempt + 1, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task<(SendResult? Result, MailSendException? Failure, DateTimeOffset? RetryAt)> TrySendAsync(
        byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.BaseUrl, "/v3/mail/send"))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, new MailSendException("SendGrid could not be reached or timed out.", null, [], true, e), null);
        }
        using (response)
        {
            return await InterpretAsync(response, cancellationToken);
        }
    }

    private static async Task<(SendResult?, MailSendException?, DateTimeOffset?)> InterpretAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
        {
            return (new SendResult(Header(response, "X-Message-Id")), null, null);
        }
        var errors = SendGridErrors.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var transient = status == 429 || status >= 500;
        var failure = new MailSendException(
            $"SendGrid {(transient ? "kept failing" : "refused the message")} ({status}): {string.Join("; ", errors)}",
            status, errors, transient);
        if (!transient)
        {
            throw failure;
        }
        var reset = status == 429 && long.TryParse(Header(response, "X-RateLimit-Reset"), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return (null, failure, reset);
    }

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        // "Equal jitter": at least half the step, so retries never bunch up at zero.
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
