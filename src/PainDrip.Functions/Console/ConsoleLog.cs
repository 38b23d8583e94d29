namespace PainDrip.Functions.Console;

/// <summary>Coach console events. Enrollment and item ids only: never names, notes, addresses, symptoms or reply text.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 6401, Level = LogLevel.Warning, Message = "Coach console refused a request ({Status}: {Why})")]
    public static partial void Refused(ILogger logger, int status, string why);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Warning, Message = "Coach console refused a form without a valid antiforgery token")]
    public static partial void Forged(ILogger logger);

    [LoggerMessage(EventId = 6403, Level = LogLevel.Information, Message = "A coach answered enrollment {EnrollmentId} on item {ItemId}")]
    public static partial void Answered(ILogger logger, string enrollmentId, string itemId);

    [LoggerMessage(EventId = 6404, Level = LogLevel.Information, Message = "A coach did {Action} for enrollment {EnrollmentId}: {Outcome}")]
    public static partial void Acted(ILogger logger, string action, string enrollmentId, string outcome);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Information, Message = "Coach alert sent for item {ItemId} to {Count} address(es)")]
    public static partial void AlertSent(ILogger logger, string itemId, int count);

    [LoggerMessage(EventId = 6406, Level = LogLevel.Error, Message = "Coach alert for item {ItemId} failed ({Error}); the item waits in the queue and the digest")]
    public static partial void AlertFailed(ILogger logger, string itemId, string error);

    [LoggerMessage(EventId = 6407, Level = LogLevel.Information, Message = "Coach digest: {Waiting} item(s) waiting, sent to {Count} address(es)")]
    public static partial void DigestSent(ILogger logger, int waiting, int count);

    [LoggerMessage(EventId = 6408, Level = LogLevel.Warning, Message = "A coach answer to enrollment {EnrollmentId} was recorded but not accepted by the mail service ({Error})")]
    public static partial void AnswerFailed(ILogger logger, string enrollmentId, string error);
}
