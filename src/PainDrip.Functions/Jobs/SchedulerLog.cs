namespace PainDrip.Functions.Jobs;

/// <summary>Key events of the lesson timer. Ids and counts only.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(1101, LogLevel.Information, "Timer run: {Summary}")]
    public static partial void RunDone(ILogger logger, string summary);

    [LoggerMessage(1102, LogLevel.Information, "Enrollment {EnrollmentId} skipped: {Conflict} (another worker has it)")]
    public static partial void ClaimedElsewhere(ILogger logger, string enrollmentId, string conflict);

    [LoggerMessage(1103, LogLevel.Error, "Enrollment {EnrollmentId} failed ({Error}); it stays due")]
    public static partial void Failed(ILogger logger, string enrollmentId, string error);

    [LoggerMessage(1104, LogLevel.Error, "Pending replies could not be read ({Error}); lessons go on")]
    public static partial void InboxUnreadable(ILogger logger, string error);

    [LoggerMessage(1105, LogLevel.Error, "Timer run failed ({Error})")]
    public static partial void RunFailed(ILogger logger, string error);

    [LoggerMessage(1106, LogLevel.Warning, "Timer run is past due: the app was down at the scheduled time")]
    public static partial void PastDue(ILogger logger);
}
