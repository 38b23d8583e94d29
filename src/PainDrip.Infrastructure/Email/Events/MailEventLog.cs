using Microsoft.Extensions.Logging;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Events;

// Only event ids, kinds and counts are logged: recipient addresses never leave the processor.
internal static partial class MailEventLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Suppressed recipient of event {EventId} ({Reason})")]
    public static partial void Suppressed(ILogger logger, string? eventId, SuppressionReason reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Skipped duplicate delivery event {EventId}")]
    public static partial void Duplicate(ILogger logger, string eventId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Delivery event {EventId} of kind {Kind} has no recipient; nothing suppressed")]
    public static partial void NoRecipient(ILogger logger, string? eventId, DeliveryEventKind kind);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Delivery events handled: {Suppressed} suppressed, {Duplicates} duplicates, {Ignored} ignored")]
    public static partial void Batch(ILogger logger, int suppressed, int duplicates, int ignored);
}
