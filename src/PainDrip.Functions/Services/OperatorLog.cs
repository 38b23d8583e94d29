namespace PainDrip.Functions.Services;

/// <summary>Operator events. Enrollment ids and counts only: never addresses, names or reply text.</summary>
internal static partial class OperatorLog
{
    [LoggerMessage(EventId = 5601, Level = LogLevel.Information, Message = "Exported {RowCount} rows for enrollment {EnrollmentId}")]
    public static partial void Exported(ILogger logger, string enrollmentId, int rowCount);

    [LoggerMessage(EventId = 5602, Level = LogLevel.Information, Message = "Erased {RowCount} rows for enrollment {EnrollmentId}")]
    public static partial void Erased(ILogger logger, string enrollmentId, int rowCount);

    [LoggerMessage(EventId = 5603, Level = LogLevel.Warning, Message = "Refused an operator call to {Path}: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5604, Level = LogLevel.Information, Message = "Demo clock moved forward by {Offset}; it now reads {Now}")]
    public static partial void ClockAdvanced(ILogger logger, TimeSpan offset, DateTimeOffset now);
}
