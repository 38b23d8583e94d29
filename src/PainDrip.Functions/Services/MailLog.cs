namespace PainDrip.Functions.Services;

/// <summary>Key events of sending and reply handling. Ids and codes only: never addresses, names, symptoms or reply text.</summary>
internal static partial class MailLog
{
    [LoggerMessage(1001, LogLevel.Information, "Sent {DeliveryKey} to enrollment {EnrollmentId}")]
    public static partial void Sent(ILogger logger, string enrollmentId, string deliveryKey);

    [LoggerMessage(1002, LogLevel.Information, "Delivery {DeliveryKey} for enrollment {EnrollmentId} was sent before; not sending again")]
    public static partial void AlreadySent(ILogger logger, string enrollmentId, string deliveryKey);

    [LoggerMessage(1003, LogLevel.Warning, "Delivery {DeliveryKey} for enrollment {EnrollmentId} was recorded but never claimed; claiming it again")]
    public static partial void Reclaiming(ILogger logger, string enrollmentId, string deliveryKey);

    [LoggerMessage(1004, LogLevel.Error, "Sending {DeliveryKey} to enrollment {EnrollmentId} failed ({Error}); left unconfirmed and not retried")]
    public static partial void SendFailed(ILogger logger, string enrollmentId, string deliveryKey, string error);

    [LoggerMessage(1005, LogLevel.Warning, "Bookkeeping after sending {DeliveryKey} to enrollment {EnrollmentId} failed ({Error})")]
    public static partial void BookkeepingFailed(ILogger logger, string enrollmentId, string deliveryKey, string error);

    [LoggerMessage(1006, LogLevel.Information, "Enrollment {EnrollmentId} stopped: the address is suppressed")]
    public static partial void StoppedSuppressed(ILogger logger, string enrollmentId);

    [LoggerMessage(1010, LogLevel.Information, "Inbox item {InboxId} ignored: {Reason}")]
    public static partial void ReplyIgnored(ILogger logger, string inboxId, string reason);

    [LoggerMessage(1011, LogLevel.Information, "Inbox item {InboxId} processed for enrollment {EnrollmentId}: status {Status}, gate {Gate}")]
    public static partial void ReplyProcessed(ILogger logger, string inboxId, string enrollmentId, string status, string gate);

    [LoggerMessage(1012, LogLevel.Warning, "Processing inbox item {InboxId} failed ({Error}); it stays pending for a retry")]
    public static partial void ReplyFailed(ILogger logger, string inboxId, string error);

    [LoggerMessage(1013, LogLevel.Error, "Inbox item {InboxId} failed {Attempts} times; giving up")]
    public static partial void ReplyGaveUp(ILogger logger, string inboxId, int attempts);

    [LoggerMessage(1014, LogLevel.Warning, "Red flag in inbox item {InboxId} for enrollment {EnrollmentId}: safety hold, coach queued")]
    public static partial void RedFlag(ILogger logger, string inboxId, string enrollmentId);

    [LoggerMessage(1020, LogLevel.Error, "Storing an inbound message failed ({Error})")]
    public static partial void InboundStoreFailed(ILogger logger, string error);

    [LoggerMessage(1021, LogLevel.Warning, "Inbound post refused: {Status}")]
    public static partial void InboundRefused(ILogger logger, int status);

    [LoggerMessage(1022, LogLevel.Warning, "Mail event post refused: {Verdict}")]
    public static partial void MailEventsRefused(ILogger logger, string verdict);
}
