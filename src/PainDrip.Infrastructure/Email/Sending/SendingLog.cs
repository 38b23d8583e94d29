using Microsoft.Extensions.Logging;

namespace PainDrip.Infrastructure.Email.Sending;

/// <summary>Sending log events: only opaque ids and status codes, never addresses or content.</summary>
internal static partial class SendingLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Mail send {CorrelationId} failed with status {StatusCode}; retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string correlationId, int? statusCode, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Mail {CorrelationId} handed to the SMTP relay")]
    public static partial void SentBySmtp(ILogger logger, string correlationId);
}
