namespace PainDrip.Functions.Services;

/// <summary>Key events of the send floor (unconfirmed sends, parked replies, duplicate copies). Ids and codes only.</summary>
internal static partial class SendLog
{
    [LoggerMessage(1030, LogLevel.Warning, "Unconfirmed delivery {DeliveryKey} of enrollment {EnrollmentId} settled: {Outcome}")]
    public static partial void Reconciled(this ILogger logger, string enrollmentId, string deliveryKey, string outcome);

    [LoggerMessage(1031, LogLevel.Error, "Inbox item {InboxId} parked for the coach: {Reason}")]
    public static partial void ReplyParked(this ILogger logger, string inboxId, string reason);

    [LoggerMessage(1032, LogLevel.Information, "Inbox item {InboxId} arrived again; the stored copy is {State}")]
    public static partial void ReplyCopy(this ILogger logger, string inboxId, string state);
}
